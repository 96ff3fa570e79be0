package dk.kea.cars.publicquery.color;

/**
 * Whoever keeps copies of colors (the public models embed theirs) is told of each change inside the color's own
 * event handler. An interface here, so that the color package does not depend on the models that embed it.
 */
public interface PublicColorCopies {

    void colorChanged(PublicColorDocument color);
}
