package dk.kea.cars.platform.integrity;

import java.util.Map;

/**
 * One event exactly as the event store keeps it: the serialized payload's bytes, type and revision as written (never
 * upcast), the metadata as text, and where it stands.
 *
 * @param position        global position in the store; null where the store does not tell it (Axon Server's reads
 *                        of one aggregate)
 * @param aggregateType   the aggregate's type (e.g. {@code Car}); "" for an event published outside any aggregate
 * @param aggregateId     "" for an event published outside any aggregate
 * @param sequence        the sequence number within the aggregate; 0 outside any aggregate
 * @param payloadRevision "" when the payload type has no revision
 */
public record StoredEvent(Long position, String aggregateType, String aggregateId, long sequence, String eventId,
                          long timestampMillis, String payloadType, String payloadRevision, byte[] payload,
                          Map<String, String> metadata) {

    public StoredEvent {
        aggregateType = aggregateType == null ? "" : aggregateType;
        aggregateId = aggregateId == null ? "" : aggregateId;
        payloadRevision = payloadRevision == null ? "" : payloadRevision;
        metadata = Map.copyOf(metadata);
    }

    /** Whether it belongs to an aggregate, and so to that aggregate's chain. */
    public boolean inAggregate() {
        return !aggregateId.isEmpty();
    }

    /** The chain hash it was written with; null for an event written before chaining existed. */
    public String chainHash() {
        return metadata.get(EventChain.CHAIN_HASH);
    }
}
