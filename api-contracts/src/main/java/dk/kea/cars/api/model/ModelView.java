package dk.kea.cars.api.model;

import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.common.VersionedView;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A model with its brand and the colors it is offered in embedded; {@code version} is the model's own. */
public record ModelView(UUID id, String name, BigDecimal price, String imageUrl, BrandView brand,
                        List<ColorView> colors, long version) implements VersionedView {
}
