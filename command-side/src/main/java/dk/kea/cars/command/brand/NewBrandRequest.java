package dk.kea.cars.command.brand;

import dk.kea.cars.command.catalog.NewCatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import dk.kea.cars.api.brand.CreateBrand;

import java.util.UUID;

/** Body of {@code POST /api/brands}. */
@Schema(description = "A new brand; give an id to make retries safe (a create of an existing id answers 200)")
record NewBrandRequest(
        @Schema(description = "Optional client-chosen id", example = "8456043d-5fb0-49bf-ac2c-51567a32cc87") UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Name, 3–45 characters; unique among brands", example = "Audi") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Absolute http(s) URL of the logo", example = "https://example.com/audi.png") String logoUrl) implements NewCatalogRequest {

    @Override
    public CreateBrand toCommand() {
        return new CreateBrand(id == null ? UUID.randomUUID() : id, name, logoUrl);
    }
}
