package dk.kea.cars.publicquery.insurance;

import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.insurance.InsuranceView;
import java.math.BigDecimal;
import java.util.UUID;
import dk.kea.cars.publicquery.catalog.PublicCatalogDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An insurance of the public catalog. The price is kept as its exact decimal text, never as a binary double. */
@Document(PublicInsuranceDocument.COLLECTION)
public record PublicInsuranceDocument(@Id String id, String name, String price, long version)
        implements PublicCatalogDocument<InsuranceView> {

    public static final String COLLECTION = "public_insurances";

    static PublicInsuranceDocument from(InsuranceEvent event) {
        return new PublicInsuranceDocument(event.id().toString(), event.name(), event.price().toPlainString(),
                event.sequence());
    }

    @Override
    public InsuranceView toView() {
        return new InsuranceView(UUID.fromString(id), name, new BigDecimal(price), version);
    }
}
