package dk.kea.cars.command.car;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kea.cars.api.car.CreateCar;
import dk.kea.cars.command.web.Actor;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/cars}. */
@Schema(description = "A new car for a customer; give an id to make retries safe")
record NewCarRequest(
        @Schema(description = "Optional client-chosen id") UUID id,
        @Schema(description = "Last day it can be bought: after today, at most today+30 (default today+30)")
        LocalDate purchaseDeadline,
        @JsonProperty("models_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The model") UUID modelId,
        @JsonProperty("colors_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The color, one the model is offered in") UUID colorId,
        @JsonProperty("customers_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The customer")
        UUID customerId,
        @JsonProperty("employees_id") @Schema(description = "The owning employee (admins and managers; a sales "
                + "person always owns the cars they create)") UUID employeeId,
        @Schema(description = "Up to 10 accessories, no duplicates") List<UUID> accessoryIds,
        @Schema(description = "Insurances, no duplicates") List<UUID> insuranceIds) {

    CreateCar toCommand(UUID owner, Actor actor) {
        return new CreateCar(id == null ? UUID.randomUUID() : id, customerId, owner, modelId, colorId, accessoryIds,
                insuranceIds, purchaseDeadline, actor.id(), actor.maySeeAll());
    }
}
