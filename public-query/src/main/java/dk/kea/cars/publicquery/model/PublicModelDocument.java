package dk.kea.cars.publicquery.model;

import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import dk.kea.cars.publicquery.color.PublicColorDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import dk.kea.cars.publicquery.catalog.PublicCatalogDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A model with copies of its brand and colors, so one read answers the whole public shape. {@code brandId} and
 * {@code colorIds} are the model's own state: they find the copies to refresh when a brand or color changes, and
 * let a copy that was not yet known (its event not processed yet) be filled in when it arrives.
 */
@Document(PublicModelDocument.COLLECTION)
public record PublicModelDocument(@Id String id, String name, String price, String imageUrl, String brandId,
                                  PublicBrandDocument brand, List<String> colorIds, List<PublicColorDocument> colors,
                                  long version) implements PublicCatalogDocument<ModelView> {

    public static final String COLLECTION = "public_models";
    static final Comparator<PublicColorDocument> COLORS_BY_NAME =
            Comparator.comparing(PublicColorDocument::name).thenComparing(PublicColorDocument::id);

    static PublicModelDocument from(ModelEvent event, PublicBrandDocument brand, List<PublicColorDocument> colors) {
        List<String> colorIds = event.colorIds().stream().map(UUID::toString).toList();
        return new PublicModelDocument(event.id().toString(), event.name(), event.price().toPlainString(),
                event.imageUrl(), event.brandId().toString(), brand, colorIds, sorted(colors), event.sequence());
    }

    PublicModelDocument withColor(PublicColorDocument color) {
        List<PublicColorDocument> updated = new ArrayList<>(colors);
        updated.removeIf(copy -> copy.id().equals(color.id()));
        updated.add(color);
        return new PublicModelDocument(id, name, price, imageUrl, brandId, brand, colorIds, sorted(updated), version);
    }

    @Override
    public ModelView toView() {
        return new ModelView(UUID.fromString(id), name, new BigDecimal(price), imageUrl,
                brand == null ? null : brand.toView(), colors.stream().map(PublicColorDocument::toView).toList(),
                version);
    }

    private static List<PublicColorDocument> sorted(List<PublicColorDocument> colors) {
        return colors.stream().sorted(COLORS_BY_NAME).toList();
    }
}
