package dk.kea.cars.command.color;

import dk.kea.cars.command.catalog.NewCatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import dk.kea.cars.api.color.CreateColor;

import java.util.UUID;

/** Body of {@code POST /api/colors}. */
@Schema(description = "A new color; give an id to make retries safe (a create of an existing id answers 200)")
record NewColorRequest(
        @Schema(description = "Optional client-chosen id", example = "8456043d-5fb0-49bf-ac2c-51567a32cc87") UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Name, 3–45 characters; unique among colors", example = "white") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Surcharge, 0 to 100000, two decimals", example = "399.95") BigDecimal price,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Red component, 0–255", example = "255") Integer redValue,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Green component, 0–255", example = "255") Integer greenValue,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Blue component, 0–255", example = "255") Integer blueValue) implements NewCatalogRequest {

    @Override
    public CreateColor toCommand() {
        return new CreateColor(id == null ? UUID.randomUUID() : id, name, price, redValue, greenValue, blueValue);
    }
}
