package dk.kea.cars.command.model;

import dk.kea.cars.api.model.UpdateModel;
import dk.kea.cars.command.catalog.CatalogChangesRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Body of {@code PUT /api/models/{id}}: only the fields it names change. */
@Schema(description = "Changes to a model; omitted fields keep their value")
record ModelChangesRequest(
        @Schema(description = "Name, 1–60 characters", example = "R8") String name,
        @Schema(description = "Base price, greater than 0 and at most 10000000, two decimals", example = "10000.95") BigDecimal price,
        @Schema(description = "Absolute http(s) URL of the image", example = "https://example.com/r8.png") String imageUrl,
        @Schema(description = "The colors the model is offered in: at least one, no duplicates", example = "[\"e2164054-4cb8-49d5-a0da-eca5b36a0b3b\"]") List<UUID> colorIds) implements CatalogChangesRequest {

    @Override
    public UpdateModel toCommand(UUID id, Long expectedVersion) {
        return new UpdateModel(id, expectedVersion, name, price, imageUrl, colorIds);
    }
}
