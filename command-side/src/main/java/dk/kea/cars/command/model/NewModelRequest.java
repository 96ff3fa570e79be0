package dk.kea.cars.command.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kea.cars.command.catalog.NewCatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import dk.kea.cars.api.model.CreateModel;

import java.util.UUID;

/** Body of {@code POST /api/models}. */
@Schema(description = "A new model; give an id to make retries safe (a create of an existing id answers 200)")
record NewModelRequest(
        @Schema(description = "Optional client-chosen id", example = "8456043d-5fb0-49bf-ac2c-51567a32cc87") UUID id,
        @JsonProperty("brands_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The brand the model belongs to (cannot change later)", example = "fff14a06-dc2a-447d-a707-9c03fe00c7a0") UUID brandId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Name, 1–60 characters", example = "R8") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Base price, greater than 0 and at most 10000000, two decimals", example = "10000.95") BigDecimal price,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Absolute http(s) URL of the image", example = "https://example.com/r8.png") String imageUrl,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The colors the model is offered in: at least one, no duplicates", example = "[\"e2164054-4cb8-49d5-a0da-eca5b36a0b3b\"]") List<UUID> colorIds) implements NewCatalogRequest {

    @Override
    public CreateModel toCommand() {
        return new CreateModel(id == null ? UUID.randomUUID() : id, brandId, name, price, imageUrl, colorIds);
    }
}
