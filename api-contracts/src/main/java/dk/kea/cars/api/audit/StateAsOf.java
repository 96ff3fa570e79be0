package dk.kea.cars.api.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An aggregate as its event-sourcing handlers left it after its last event up to an instant: {@code sequence} and
 * {@code occurredAt} are that event's; {@code state} is the aggregate's fields as a JSON object (snake_case names),
 * secrets removed (see {@link Secrets}).
 */
public record StateAsOf(AuditedType type, UUID id, long sequence, Instant occurredAt, String state) {
}
