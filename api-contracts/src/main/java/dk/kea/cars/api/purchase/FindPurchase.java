package dk.kea.cars.api.purchase;

import java.util.UUID;

/** Asks the employee read model for one purchase; answers a {@link PurchaseView} (also when deleted) or nothing. */
public record FindPurchase(UUID id) {
}
