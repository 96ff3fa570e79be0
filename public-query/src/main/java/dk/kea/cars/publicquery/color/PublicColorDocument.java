package dk.kea.cars.publicquery.color;

import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.ColorView;
import java.math.BigDecimal;
import java.util.UUID;
import dk.kea.cars.publicquery.catalog.PublicCatalogDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A color of the public catalog; also embedded, as a copy, in every model offered in it. The price is kept as its
 * exact decimal text so no store setting can turn it into a binary floating-point number.
 */
@Document(PublicColorDocument.COLLECTION)
public record PublicColorDocument(@Id String id, String name, String price, int redValue, int greenValue,
                                  int blueValue, long version) implements PublicCatalogDocument<ColorView> {

    public static final String COLLECTION = "public_colors";

    static PublicColorDocument from(ColorEvent event) {
        return new PublicColorDocument(event.id().toString(), event.name(), event.price().toPlainString(),
                event.redValue(), event.greenValue(), event.blueValue(), event.sequence());
    }

    @Override
    public ColorView toView() {
        return new ColorView(UUID.fromString(id), name, new BigDecimal(price), redValue, greenValue, blueValue,
                version);
    }
}
