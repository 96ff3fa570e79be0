package dk.kea.cars.publicquery.brand;

/**
 * Whoever keeps copies of brands (the public models embed theirs) is told of each change inside the brand's own
 * event handler. An interface here, so that the brand package does not depend on the models that embed it.
 */
public interface PublicBrandCopies {

    void brandChanged(PublicBrandDocument brand);
}
