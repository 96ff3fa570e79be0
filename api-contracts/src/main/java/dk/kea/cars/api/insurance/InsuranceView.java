package dk.kea.cars.api.insurance;

import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** An insurance as the employee API and the public catalog show it. */
@Schema(description = "An insurance a car can be sold with")
public record InsuranceView(@Schema(description = "Id of the insurance") UUID id, @Schema(description = "Name, title case, unique") String name, @Schema(description = "Price per car, two decimals") BigDecimal price, @Schema(hidden = true) long version) implements VersionedView {
}
