package dk.kea.cars.api.accessory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A accessory changed; carries its full state. */
@Revision("1")
public record AccessoryUpdated(UUID id, long sequence, Instant occurredAt, String name, BigDecimal price) implements AccessoryEvent {
}
