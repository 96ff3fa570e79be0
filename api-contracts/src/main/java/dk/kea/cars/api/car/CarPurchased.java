package dk.kea.cars.api.car;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A car was bought; {@code purchaseId} names the Purchase created with it. */
@Revision("1")
public record CarPurchased(UUID id, long sequence, Instant occurredAt, UUID customerId, UUID employeeId, UUID modelId,
                         UUID colorId, List<UUID> accessoryIds, List<UUID> insuranceIds, LocalDate purchaseDeadline,
                         BigDecimal totalPrice, UUID purchaseId, boolean deleted) implements CarEvent {
}
