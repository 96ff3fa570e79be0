package dk.kea.cars.command.integrity;

import dk.kea.cars.platform.integrity.StoredEvent;
import dk.kea.cars.platform.integrity.StoredEvents;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's in-memory store seen as stored events: it keeps messages, not bytes, so the payload is serialized as a
 * store would; positions are its tokens.
 */
final class InMemoryStoredEvents implements StoredEvents {

    private final EventStore store;
    private final Serializer serializer;

    InMemoryStoredEvents(EventStore store, Serializer serializer) {
        this.store = store;
        this.serializer = serializer;
    }

    @Override
    public List<StoredEvent> after(long position, int max) {
        List<StoredEvent> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(
                position == BEFORE_FIRST ? null : new GlobalSequenceTrackingToken(position))) {
            while (events.size() < max && stream.hasNextAvailable()) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                events.add(asStored(next.trackingToken().position().orElseThrow(), next));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    @Override
    public List<StoredEvent> ofAggregate(String aggregateId, long fromSequence, int max) {
        return store.readEvents(aggregateId, fromSequence).asStream().limit(max)
                .map(event -> asStored(null, event)).toList();
    }

    @Override
    public long head() {
        return store.createHeadToken() == null ? BEFORE_FIRST : store.createHeadToken().position().orElseThrow();
    }

    private StoredEvent asStored(Long position, org.axonframework.eventhandling.EventMessage<?> event) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        Map<String, String> metadata = new HashMap<>();
        event.getMetaData().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
        DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
        return new StoredEvent(position, domain.getType(), domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                event.getIdentifier(), event.getTimestamp().toEpochMilli(), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), metadata);
    }
}
