package dk.kea.cars.api.brand;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A brand was created; carries its full state. */
@Revision("1")
public record BrandCreated(UUID id, long sequence, Instant occurredAt, String name, String logoUrl) implements BrandEvent {
}
