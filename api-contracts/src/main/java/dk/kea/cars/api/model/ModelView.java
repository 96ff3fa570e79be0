package dk.kea.cars.api.model;

import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A model with its brand and the colors it is offered in embedded; {@code version} is the model's own. */
@Schema(description = "A car model with its brand and colors")
public record ModelView(@Schema(description = "Id of the model") UUID id, @Schema(description = "Name") String name, @Schema(description = "Base price, two decimals") BigDecimal price, @Schema(description = "URL of the image") String imageUrl, @Schema(description = "The brand") BrandView brand,
                        @Schema(description = "The colors the model is offered in") List<ColorView> colors, @Schema(hidden = true) long version) implements VersionedView {
}
