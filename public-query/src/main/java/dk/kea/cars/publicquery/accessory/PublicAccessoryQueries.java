package dk.kea.cars.publicquery.accessory;

import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.api.accessory.FindPublicAccessory;
import dk.kea.cars.publicquery.PublicCatalogReader;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindPublicAccessory} (null when absent), also as the initial result of a subscription. */
@Component
public class PublicAccessoryQueries {

    private final PublicCatalogReader catalog;

    public PublicAccessoryQueries(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryHandler
    public AccessoryView handle(FindPublicAccessory query) {
        return catalog.findById(query.id(), PublicAccessoryDocument.class)
                .map(PublicAccessoryDocument::toView)
                .orElse(null);
    }
}
