package dk.kea.cars.query.audit;

import dk.kea.cars.api.readmodel.ParkedEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One event a read model's processor has parked, and why; never its payload. */
@Schema(description = "An event a read model's processor has not applied because handling it failed (the first "
        + "event of a sequence), or because an earlier event of its sequence did (the events after it)")
record DeadLetterView(
        @Schema(description = "Processor name: query-side, public-query, auth-query or command-side-lookups")
        String processor,
        @Schema(description = "The sequence it belongs to: an entity's id, or a shared sequence "
                + "(customers-cars-purchases, brands-colors-models); retry and evict by it") String sequence,
        @Schema(description = "Event type, e.g. InsuranceUpdated") String eventType,
        @Schema(description = "Event id") String eventId,
        @Schema(description = "The aggregate whose event it is") String aggregateId,
        @Schema(description = "The event's sequence number within its aggregate") Long aggregateSequence,
        @Schema(description = "The event's position in the event store") Long position,
        @Schema(description = "When the event was stored") Instant occurredAt,
        @Schema(description = "Type of the last failure handling it; null for an event parked behind another")
        String causeType,
        @Schema(description = "Message of the last failure handling it") String causeMessage,
        @Schema(description = "When it was parked: the first failure, for the first event of a sequence")
        Instant enqueuedAt,
        @Schema(description = "The last time it was parked or retried: the last failure, for the first event of a "
                + "sequence") Instant lastTouched,
        @Schema(description = "How often handling it failed: 1 when parked, one more per failed retry; 0 for an "
                + "event parked behind another") int attempts) {

    static DeadLetterView of(String processor, ParkedEvent letter) {
        return new DeadLetterView(processor, letter.sequence(), letter.eventType(), letter.eventId(),
                letter.aggregateId(), letter.aggregateSequence(), letter.position(), letter.occurredAt(),
                letter.causeType(), letter.causeMessage(), letter.enqueuedAt(), letter.lastTouched(),
                letter.attempts());
    }
}
