package dk.kea.cars.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A model was created; carries its full state. */
@Revision("1")
public record ModelCreated(UUID id, long sequence, Instant occurredAt, UUID brandId, String name, BigDecimal price, String imageUrl, List<UUID> colorIds) implements ModelEvent {
}
