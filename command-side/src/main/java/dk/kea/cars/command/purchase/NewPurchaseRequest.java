package dk.kea.cars.command.purchase;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kea.cars.api.car.PurchaseCar;
import dk.kea.cars.command.web.Actor;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/purchases}. */
@Schema(description = "The purchase of a car; give an id to make retries safe")
record NewPurchaseRequest(
        @Schema(description = "Optional client-chosen id") UUID id,
        @JsonProperty("cars_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The car bought")
        UUID carId,
        @Schema(description = "Day of purchase: from 2023-01-01, not in the future, not after the car's deadline "
                + "(default today)") LocalDate dateOfPurchase) {

    PurchaseCar toCommand(Actor actor) {
        return new PurchaseCar(carId, id == null ? UUID.randomUUID() : id, dateOfPurchase, actor.id(),
                actor.maySeeAll());
    }
}
