package dk.kea.cars.api.purchase;

import dk.kea.cars.api.common.EntityEvent;

import java.time.LocalDate;
import java.util.UUID;

/** The full state of a purchase after a change. */
public sealed interface PurchaseEvent extends EntityEvent permits PurchaseCreated, PurchaseDeleted {

    UUID carId();

    LocalDate dateOfPurchase();

    boolean deleted();
}
