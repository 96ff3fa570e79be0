package dk.kea.cars.api.purchase;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase was made, accepted by its car. */
@Revision("1")
public record PurchaseCreated(UUID id, long sequence, Instant occurredAt, UUID carId, LocalDate dateOfPurchase,
                              boolean deleted) implements PurchaseEvent {
}
