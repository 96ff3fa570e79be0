package dk.kea.cars.api.color;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A color was created; carries its full state. */
@Revision("1")
public record ColorCreated(UUID id, long sequence, Instant occurredAt, String name, BigDecimal price, int redValue, int greenValue, int blueValue) implements ColorEvent {
}
