package dk.kea.cars.publicquery;

/**
 * A handler that fails the way an unforeseen bug does. It lives in this service's package, so the service's own
 * problem handler answers its failure; {@code ServerErrorHttpTest} maps it for the length of one test.
 */
public class PublicFaultProbe {

    public void fail() {
        throw new IllegalStateException("a fault for the test");
    }
}
