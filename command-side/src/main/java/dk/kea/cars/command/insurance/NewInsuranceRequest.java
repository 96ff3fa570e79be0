package dk.kea.cars.command.insurance;

import dk.kea.cars.command.catalog.NewCatalogRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import dk.kea.cars.api.insurance.CreateInsurance;

import java.util.UUID;

/** Body of {@code POST /api/insurances}. */
@Schema(description = "A new insurance; give an id to make retries safe (a create of an existing id answers 200)")
record NewInsuranceRequest(
        @Schema(description = "Optional client-chosen id", example = "8456043d-5fb0-49bf-ac2c-51567a32cc87") UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Name, 3–45 characters, stored in title case; unique among insurances", example = "Flat Tire") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Price per car, greater than 0 and at most 100000, two decimals", example = "9.95") BigDecimal price) implements NewCatalogRequest {

    @Override
    public CreateInsurance toCommand() {
        return new CreateInsurance(id == null ? UUID.randomUUID() : id, name, price);
    }
}
