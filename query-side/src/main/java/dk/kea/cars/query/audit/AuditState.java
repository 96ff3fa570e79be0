package dk.kea.cars.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** An entity as its aggregate's event-sourcing handlers left it after its last event up to {@code asOf}. */
@Schema(description = "An entity as it was at an instant")
public record AuditState(
        @Schema(description = "Aggregate type, e.g. car") String aggregateType,
        @Schema(description = "Aggregate id") String aggregateId,
        @Schema(description = "The instant asked for (UTC)") Instant asOf,
        @Schema(description = "Sequence of the last event up to that instant") long sequence,
        @Schema(description = "When that event happened (UTC)") Instant occurredAt,
        @Schema(description = "The aggregate's state then, passwords and hashes removed; a deleted entity shows "
                + "deleted: true (its tombstone)") JsonNode state) {
}
