package dk.kea.cars.api.purchase;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase was deleted with its car (tombstone). */
@Revision("1")
public record PurchaseDeleted(UUID id, long sequence, Instant occurredAt, UUID carId, LocalDate dateOfPurchase,
                              boolean deleted) implements PurchaseEvent {
}
