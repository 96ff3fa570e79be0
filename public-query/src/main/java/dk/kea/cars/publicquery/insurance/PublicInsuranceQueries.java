package dk.kea.cars.publicquery.insurance;

import dk.kea.cars.api.insurance.FindPublicInsurance;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.publicquery.PublicCatalogReader;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindPublicInsurance} (null when absent), also as the initial result of a subscription. */
@Component
public class PublicInsuranceQueries {

    private final PublicCatalogReader catalog;

    public PublicInsuranceQueries(PublicCatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryHandler
    public InsuranceView handle(FindPublicInsurance query) {
        return catalog.findById(query.id(), PublicInsuranceDocument.class)
                .map(PublicInsuranceDocument::toView)
                .orElse(null);
    }
}
