package dk.kea.cars.api.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Asks the side that owns the aggregates to rebuild one from its own events up to {@code asOf}, with the
 * aggregate's event-sourcing handlers. Answered with a {@link StateAsOf}, or null when it did not exist yet.
 */
public record FindStateAsOf(AuditedType type, UUID id, Instant asOf) {
}
