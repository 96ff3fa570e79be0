package dk.kea.cars.api.purchase;

import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A purchase as the employee API shows it, with its car embedded. */
@Schema(description = "The purchase of a car")
public record PurchaseView(
        @Schema(description = "Id of the purchase") UUID id,
        @Schema(description = "Day of the purchase") LocalDate dateOfPurchase,
        @Schema(description = "The car bought") CarView car,
        @Schema(hidden = true) boolean deleted,
        @Schema(hidden = true) long version) implements VersionedView {
}
