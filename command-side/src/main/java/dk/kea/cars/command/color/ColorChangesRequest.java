package dk.kea.cars.command.color;

import dk.kea.cars.api.color.UpdateColor;
import dk.kea.cars.command.catalog.CatalogChangesRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Body of {@code PUT /api/colors/{id}}: only the fields it names change. */
@Schema(description = "Changes to a color; omitted fields keep their value")
record ColorChangesRequest(
        @Schema(description = "Name, 3–45 characters; unique among colors", example = "white") String name,
        @Schema(description = "Surcharge, 0 to 100000, two decimals", example = "399.95") BigDecimal price,
        @Schema(description = "Red component, 0–255", example = "255") Integer redValue,
        @Schema(description = "Green component, 0–255", example = "255") Integer greenValue,
        @Schema(description = "Blue component, 0–255", example = "255") Integer blueValue) implements CatalogChangesRequest {

    @Override
    public UpdateColor toCommand(UUID id, Long expectedVersion) {
        return new UpdateColor(id, expectedVersion, name, price, redValue, greenValue, blueValue);
    }
}
