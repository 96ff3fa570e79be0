package dk.kea.cars.api.readmodel;

import java.time.Instant;

/**
 * One dead letter: an event a processor has not applied, and why. The first letter of a sequence is the event whose
 * handling failed; the letters after it are later events of the same sequence, parked unhandled so the sequence
 * keeps its order (they have no cause and no attempts). The payload is never part of it.
 *
 * @param sequence          the sequence it belongs to (an entity's id, or the name of a shared sequence)
 * @param aggregateId       the aggregate whose event it is, or null
 * @param aggregateSequence the event's sequence number within its aggregate, or null
 * @param position          the event's position in the event store, or null
 * @param occurredAt        when the event was stored
 * @param enqueuedAt        when it was parked (the first failure, for the first letter of a sequence)
 * @param lastTouched       the last time it was parked or retried (the last failure, for the first letter)
 * @param attempts          how often handling it failed: once when it was parked, once more per failed retry
 */
public record ParkedEvent(String sequence, String eventType, String eventId, String aggregateId,
                          Long aggregateSequence, Long position, Instant occurredAt, String causeType,
                          String causeMessage, Instant enqueuedAt, Instant lastTouched, int attempts) {
}
