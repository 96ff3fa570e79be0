package dk.kea.cars.command.insurance;

import dk.kea.cars.api.insurance.UpdateInsurance;
import dk.kea.cars.command.catalog.CatalogChangesRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Body of {@code PUT /api/insurances/{id}}: only the fields it names change. */
@Schema(description = "Changes to an insurance; omitted fields keep their value")
record InsuranceChangesRequest(
        @Schema(description = "Name, 3–45 characters, stored in title case; unique among insurances", example = "Flat Tire") String name,
        @Schema(description = "Price per car, greater than 0 and at most 100000, two decimals", example = "9.95") BigDecimal price) implements CatalogChangesRequest {

    @Override
    public UpdateInsurance toCommand(UUID id, Long expectedVersion) {
        return new UpdateInsurance(id, expectedVersion, name, price);
    }
}
