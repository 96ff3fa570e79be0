package dk.kea.cars.publicquery.accessory;

import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.AccessoryView;
import java.math.BigDecimal;
import java.util.UUID;
import dk.kea.cars.publicquery.catalog.PublicCatalogDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An accessory of the public catalog. The price is kept as its exact decimal text, never as a binary double. */
@Document(PublicAccessoryDocument.COLLECTION)
public record PublicAccessoryDocument(@Id String id, String name, String price, long version)
        implements PublicCatalogDocument<AccessoryView> {

    public static final String COLLECTION = "public_accessories";

    static PublicAccessoryDocument from(AccessoryEvent event) {
        return new PublicAccessoryDocument(event.id().toString(), event.name(), event.price().toPlainString(),
                event.sequence());
    }

    @Override
    public AccessoryView toView() {
        return new AccessoryView(UUID.fromString(id), name, new BigDecimal(price), version);
    }
}
