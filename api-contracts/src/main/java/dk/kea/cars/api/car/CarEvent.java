package dk.kea.cars.api.car;

import dk.kea.cars.api.common.EntityEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The full state of a car after a change. The total price is frozen at creation (spec §6.1). */
public sealed interface CarEvent extends EntityEvent permits CarCreated, CarPurchased, CarDeleted {

    UUID customerId();

    UUID employeeId();

    UUID modelId();

    UUID colorId();

    List<UUID> accessoryIds();

    List<UUID> insuranceIds();

    LocalDate purchaseDeadline();

    BigDecimal totalPrice();

    UUID purchaseId();

    boolean deleted();
}
