package dk.kea.cars.publicquery.brand;

import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.BrandView;
import java.util.UUID;
import dk.kea.cars.publicquery.catalog.PublicCatalogDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A brand of the public catalog; also embedded, as a copy, in every model of the brand. */
@Document(PublicBrandDocument.COLLECTION)
public record PublicBrandDocument(@Id String id, String name, String logoUrl, long version)
        implements PublicCatalogDocument<BrandView> {

    public static final String COLLECTION = "public_brands";

    static PublicBrandDocument from(BrandEvent event) {
        return new PublicBrandDocument(event.id().toString(), event.name(), event.logoUrl(), event.sequence());
    }

    @Override
    public BrandView toView() {
        return new BrandView(UUID.fromString(id), name, logoUrl, version);
    }
}
