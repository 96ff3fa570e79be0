package dk.kea.cars.command.brand;

import dk.kea.cars.api.brand.UpdateBrand;
import dk.kea.cars.command.catalog.CatalogChangesRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code PUT /api/brands/{id}}: only the fields it names change. */
@Schema(description = "Changes to a brand; omitted fields keep their value")
record BrandChangesRequest(
        @Schema(description = "Name, 3–45 characters; unique among brands", example = "Audi") String name,
        @Schema(description = "Absolute http(s) URL of the logo", example = "https://example.com/audi.png") String logoUrl) implements CatalogChangesRequest {

    @Override
    public UpdateBrand toCommand(UUID id, Long expectedVersion) {
        return new UpdateBrand(id, expectedVersion, name, logoUrl);
    }
}
