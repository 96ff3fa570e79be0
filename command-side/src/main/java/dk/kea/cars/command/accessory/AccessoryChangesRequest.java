package dk.kea.cars.command.accessory;

import dk.kea.cars.api.accessory.UpdateAccessory;
import dk.kea.cars.command.catalog.CatalogChangesRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Body of {@code PUT /api/accessories/{id}}: only the fields it names change. */
@Schema(description = "Changes to an accessory; omitted fields keep their value")
record AccessoryChangesRequest(
        @Schema(description = "Name, 3–45 characters; unique among accessories", example = "Tinted Windows") String name,
        @Schema(description = "Price, greater than 0 and at most 100000, two decimals", example = "99.95") BigDecimal price) implements CatalogChangesRequest {

    @Override
    public UpdateAccessory toCommand(UUID id, Long expectedVersion) {
        return new UpdateAccessory(id, expectedVersion, name, price);
    }
}
