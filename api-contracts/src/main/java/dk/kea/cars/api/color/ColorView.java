package dk.kea.cars.api.color;

import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** A color as the employee API and the public catalog show it. */
@Schema(description = "A color models are offered in")
public record ColorView(@Schema(description = "Id of the color") UUID id, @Schema(description = "Name, unique") String name, @Schema(description = "Surcharge, two decimals (0 allowed)") BigDecimal price, @Schema(description = "Red, 0–255") int redValue, @Schema(description = "Green, 0–255") int greenValue, @Schema(description = "Blue, 0–255") int blueValue,
                        @Schema(hidden = true) long version) implements VersionedView {
}
