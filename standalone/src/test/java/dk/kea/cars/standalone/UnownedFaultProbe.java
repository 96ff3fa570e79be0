package dk.kea.cars.standalone;

/**
 * A handler outside every service's package: no problem handler claims its failure, which escapes to Tomcat and
 * its error report.
 */
public class UnownedFaultProbe {

    public void fail() {
        throw new IllegalStateException("a fault for the test");
    }
}
