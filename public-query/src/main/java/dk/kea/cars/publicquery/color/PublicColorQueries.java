package dk.kea.cars.publicquery.color;

import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.color.FindPublicColor;
import dk.kea.cars.publicquery.PublicCatalogReader;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindPublicColor} (null when absent), also as the initial result of a subscription. */
@Component
public class PublicColorQueries {

    private final PublicCatalogReader catalog;

    public PublicColorQueries(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryHandler
    public ColorView handle(FindPublicColor query) {
        return catalog.findById(query.id(), PublicColorDocument.class).map(PublicColorDocument::toView).orElse(null);
    }
}
