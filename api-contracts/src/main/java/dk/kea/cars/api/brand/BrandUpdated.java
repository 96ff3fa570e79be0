package dk.kea.cars.api.brand;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A brand changed; carries its full state. */
@Revision("1")
public record BrandUpdated(UUID id, long sequence, Instant occurredAt, String name, String logoUrl) implements BrandEvent {
}
