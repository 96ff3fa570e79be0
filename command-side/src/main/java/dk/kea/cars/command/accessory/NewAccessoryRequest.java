package dk.kea.cars.command.accessory;

import dk.kea.cars.command.catalog.NewCatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import dk.kea.cars.api.accessory.CreateAccessory;

import java.util.UUID;

/** Body of {@code POST /api/accessories}. */
@Schema(description = "A new accessory; give an id to make retries safe (a create of an existing id answers 200)")
record NewAccessoryRequest(
        @Schema(description = "Optional client-chosen id", example = "8456043d-5fb0-49bf-ac2c-51567a32cc87") UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Name, 3–45 characters; unique among accessories", example = "Tinted Windows") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Price, greater than 0 and at most 100000, two decimals", example = "99.95") BigDecimal price) implements NewCatalogRequest {

    @Override
    public CreateAccessory toCommand() {
        return new CreateAccessory(id == null ? UUID.randomUUID() : id, name, price);
    }
}
