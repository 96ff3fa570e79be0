package dk.kea.cars.publicquery.model;

import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.publicquery.PublicCatalogReader;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindPublicModel} (null when absent), also as the initial result of a subscription. */
@Component
public class PublicModelQueries {

    private final PublicCatalogReader catalog;

    public PublicModelQueries(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryHandler
    public ModelView handle(FindPublicModel query) {
        return catalog.findById(query.id(), PublicModelDocument.class).map(PublicModelDocument::toView).orElse(null);
    }
}
