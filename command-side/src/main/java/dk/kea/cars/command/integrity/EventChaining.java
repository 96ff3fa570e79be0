package dk.kea.cars.command.integrity;

import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvent;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.annotation.Nonnull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Chains every event before it is stored (README, Auditing): a dispatch interceptor on the event store, which sees
 * the unit of work's events in order when it commits, whichever store (JPA or Axon Server) then appends them. Each
 * event gets {@link EventChain#CHAIN_HASH} in its metadata, computed over its payload serialized by the event
 * serializer exactly as the store will (same serializer, same object) and over the previous hash of its aggregate:
 * an earlier event of the same unit of work, an event this instance committed lately, or else the stored event
 * before it. An event published outside any aggregate is a chain of its own, of length one.
 */
@Component
class EventChaining implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String HEADS_OF_THE_UNIT_OF_WORK = EventChaining.class.getName() + ".heads";

    private final EventStore events;
    private final Supplier<Serializer> serializer;
    private final CommittedHeads committed = new CommittedHeads(10_000);

    @Autowired
    EventChaining(EventStore events, ObjectProvider<Configuration> axon) {
        this(events, () -> axon.getObject().eventSerializer());
    }

    /** @param serializer the event serializer the store serializes payloads with */
    EventChaining(EventStore events, Supplier<Serializer> serializer) {
        this.events = events;
        this.serializer = serializer;
    }

    @Autowired
    void register(EventStore eventStore) {
        eventStore.registerDispatchInterceptor(this);
    }

    @Nonnull
    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
            @Nonnull List<? extends EventMessage<?>> messages) {
        Map<String, Head> heads = headsOfThisUnitOfWork();
        List<EventMessage<?>> chained = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            chained.add(chain(message, heads));
        }
        return (index, message) -> chained.get(index);
    }

    private EventMessage<?> chain(EventMessage<?> message, Map<String, Head> heads) {
        StoredEvent content = asStored(message);
        String hash = EventChain.hash(content.inAggregate() ? previousHash(content, heads) : EventChain.START,
                content);
        if (content.inAggregate()) {
            heads.put(content.aggregateId(), new Head(content.sequence(), hash));
        }
        return message.andMetaData(Map.of(EventChain.CHAIN_HASH, hash));
    }

    /** The event as the store will keep it (its position is not known yet). */
    private StoredEvent asStored(EventMessage<?> message) {
        SerializedObject<byte[]> payload = serializer.get().serialize(message.getPayload(), byte[].class);
        Map<String, String> metadata = new HashMap<>();
        message.getMetaData().forEach((key, value) -> {
            if (value != null) {
                metadata.put(key, String.valueOf(value));
            }
        });
        boolean inAggregate = message instanceof DomainEventMessage<?> domain
                && domain.getAggregateIdentifier() != null;
        DomainEventMessage<?> domain = inAggregate ? (DomainEventMessage<?>) message : null;
        return new StoredEvent(null, inAggregate ? domain.getType() : "",
                inAggregate ? domain.getAggregateIdentifier() : "", inAggregate ? domain.getSequenceNumber() : 0,
                message.getIdentifier(), message.getTimestamp().toEpochMilli(), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), metadata);
    }

    private String previousHash(StoredEvent event, Map<String, Head> heads) {
        long previous = event.sequence() - 1;
        if (previous < 0) {
            return EventChain.START;
        }
        Head inThisUnit = heads.get(event.aggregateId());
        if (inThisUnit != null && inThisUnit.sequence() == previous) {
            return inThisUnit.hash();
        }
        Head committedLately = committed.get(event.aggregateId());
        if (committedLately != null && committedLately.sequence() == previous) {
            return committedLately.hash();
        }
        return storedHash(event.aggregateId(), previous);
    }

    /** The stored event's hash; the start of a chain when it was written before chaining (it has none). */
    private String storedHash(String aggregateId, long sequence) {
        return events.readEvents(aggregateId, sequence).asStream()
                .filter(stored -> stored.getSequenceNumber() == sequence)
                .findFirst()
                .map(stored -> (String) stored.getMetaData().get(EventChain.CHAIN_HASH))
                .orElse(EventChain.START);
    }

    /**
     * The heads this unit of work has chained so far, kept by its root (nested units of work, such as a purchase
     * created by its car, add to the same chains); once the root has committed they are facts worth remembering.
     */
    private Map<String, Head> headsOfThisUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(HEADS_OF_THE_UNIT_OF_WORK, key -> {
            Map<String, Head> heads = new HashMap<>();
            if (!root.phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT)) {
                root.afterCommit(unitOfWork -> committed.remember(heads));
            }
            return heads;
        });
    }
}
