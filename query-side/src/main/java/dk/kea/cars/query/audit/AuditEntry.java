package dk.kea.cars.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** One stored event as an auditor sees it: where it stands, what it is, who did it, and its payload without secrets. */
@Schema(description = "One event of the history")
public record AuditEntry(
        @Schema(description = "Global position in the event store (the cursor for `after`)") Long position,
        @Schema(description = "Aggregate type, e.g. car") String aggregateType,
        @Schema(description = "Aggregate id") String aggregateId,
        @Schema(description = "Sequence number within the aggregate") long sequence,
        @Schema(description = "Event type, e.g. CarPurchased") String eventType,
        @Schema(description = "Revision of the event type") String revision,
        @Schema(description = "When it happened (UTC)") Instant occurredAt,
        @Schema(description = "The acting employee (name as of now), or system") AuditActor employee,
        @Schema(description = "Correlation id of the request that caused it") String correlationId,
        @Schema(description = "The full state it carried; passwords and hashes removed") JsonNode payload) {

    /** Who acted; {@code name} is null for the system and for employees no longer known. */
    public record AuditActor(String id, String name) {
    }

    public UUID aggregateUuid() {
        return UUID.fromString(aggregateId);
    }
}
