package dk.kea.cars.api.insurance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A insurance changed; carries its full state. */
@Revision("1")
public record InsuranceUpdated(UUID id, long sequence, Instant occurredAt, String name, BigDecimal price) implements InsuranceEvent {
}
