package dk.kea.cars.api.accessory;

import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** An accessory as the employee API and the public catalog show it. */
@Schema(description = "An accessory a car can be fitted with")
public record AccessoryView(@Schema(description = "Id of the accessory") UUID id, @Schema(description = "Name, unique") String name, @Schema(description = "Price, two decimals") BigDecimal price, @Schema(hidden = true) long version) implements VersionedView {
}
