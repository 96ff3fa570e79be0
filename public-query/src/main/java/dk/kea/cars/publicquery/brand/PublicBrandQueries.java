package dk.kea.cars.publicquery.brand;

import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.brand.FindPublicBrand;
import dk.kea.cars.publicquery.PublicCatalogReader;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindPublicBrand} (null when absent), also as the initial result of a subscription. */
@Component
public class PublicBrandQueries {

    private final PublicCatalogReader catalog;

    public PublicBrandQueries(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryHandler
    public BrandView handle(FindPublicBrand query) {
        return catalog.findById(query.id(), PublicBrandDocument.class).map(PublicBrandDocument::toView).orElse(null);
    }
}
