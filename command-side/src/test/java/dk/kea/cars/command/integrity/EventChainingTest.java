package dk.kea.cars.command.integrity;

import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvent;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every event leaves the command side chained to the one before it in its aggregate, however that predecessor is
 * found: earlier in the same unit of work, committed lately by this instance, or stored.
 */
class EventChainingTest {

    record Renamed(String id, String name) {
    }

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final AtomicInteger storeReads = new AtomicInteger();

    @AfterEach
    void close() {
        store.shutDown();
    }

    @Test
    void eventsOfOneUnitOfWorkChainInOrderPerAggregate() {
        chained();

        inOneUnitOfWork(event("a", 0, "first"), event("b", 0, "other"), event("a", 1, "second"));

        assertThat(hashOf("a", 0)).isEqualTo(expected(EventChain.START, "a", 0));
        assertThat(hashOf("b", 0)).isEqualTo(expected(EventChain.START, "b", 0));
        assertThat(hashOf("a", 1)).isEqualTo(expected(hashOf("a", 0), "a", 1));
    }

    @Test
    void anotherInstancesNextEventContinuesTheChainFromTheStoredEvent() {
        Registration first = chained();
        inOneUnitOfWork(event("a", 0, "first"));
        first.cancel();
        chained();

        inOneUnitOfWork(event("a", 1, "second"));

        assertThat(hashOf("a", 1)).isEqualTo(expected(hashOf("a", 0), "a", 1));
        assertThat(storeReads.get()).isEqualTo(1);
    }

    @Test
    void anEventCommittedLatelyByThisInstanceIsTheNextOnesPredecessorWithoutReadingTheStore() {
        chained();
        inOneUnitOfWork(event("a", 0, "first"));

        inOneUnitOfWork(event("a", 1, "second"));
        inOneUnitOfWork(event("a", 2, "third"));

        assertThat(hashOf("a", 1)).isEqualTo(expected(hashOf("a", 0), "a", 1));
        assertThat(hashOf("a", 2)).isEqualTo(expected(hashOf("a", 1), "a", 2));
        assertThat(storeReads.get()).isZero();
    }

    @Test
    void anEventThatWasRolledBackIsNeverAPredecessor() {
        EventChaining thisInstance = new EventChaining(countingReads(store), () -> serializer);
        Registration here = store.registerDispatchInterceptor(thisInstance);
        inOneUnitOfWork(event("a", 0, "first"));
        UnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(null);
        store.publish(event("a", 1, "chained, then rolled back"));
        failed.onPrepareCommit(unitOfWork -> {
            throw new IllegalStateException("the store refused the commit");
        });
        assertThatThrownBy(failed::commit).hasMessageContaining("refused");
        here.cancel();
        Registration otherInstance = chained();
        inOneUnitOfWork(event("a", 1, "stored by another instance"));
        otherInstance.cancel();
        store.registerDispatchInterceptor(thisInstance);

        inOneUnitOfWork(event("a", 2, "third"));

        assertThat(hashOf("a", 2)).isEqualTo(expected(hashOf("a", 1), "a", 2));
    }

    @Test
    void aChainStartsAtTheFirstEventAfterOnesWrittenBeforeChaining() {
        inOneUnitOfWork(event("a", 0, "before chaining"));
        chained();

        inOneUnitOfWork(event("a", 1, "second"));

        assertThat(stored("a", 0).getMetaData()).doesNotContainKey(EventChain.CHAIN_HASH);
        assertThat(hashOf("a", 1)).isEqualTo(expected(EventChain.START, "a", 1));
    }

    @Test
    void anEventOutsideAnyAggregateIsAChainOfItsOwn() {
        chained();
        EventMessage<?> ping = GenericEventMessage.asEventMessage(new Renamed("-", "ping"))
                .andMetaData(Map.of("correlationId", "req-9"));

        inOneUnitOfWork(ping);

        TrackedEventMessage<?> published = store.openStream(null).asStream().findFirst().orElseThrow();
        assertThat(published.getMetaData().get(EventChain.CHAIN_HASH))
                .isEqualTo(EventChain.hash(EventChain.START, asStored(published, "", "", 0)));
    }

    private Registration chained() {
        return store.registerDispatchInterceptor(new EventChaining(countingReads(store), () -> serializer));
    }

    private EventStore countingReads(EventStore events) {
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[]{EventStore.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("readEvents")) {
                        storeReads.incrementAndGet();
                    }
                    try {
                        return method.invoke(events, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    private void inOneUnitOfWork(EventMessage<?>... events) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.publish(List.of(events));
        unitOfWork.commit();
    }

    private static EventMessage<?> event(String aggregate, long sequence, String name) {
        return new GenericDomainEventMessage<>("Thing", aggregate, sequence, new Renamed(aggregate, name),
                Map.of("employeeId", "emp-1", "correlationId", "req-" + aggregate + sequence));
    }

    private DomainEventMessage<?> stored(String aggregate, long sequence) {
        return store.readEvents(aggregate).asStream().filter(event -> event.getSequenceNumber() == sequence)
                .findFirst().orElseThrow();
    }

    private String hashOf(String aggregate, long sequence) {
        return (String) stored(aggregate, sequence).getMetaData().get(EventChain.CHAIN_HASH);
    }

    /** What the rule says the stored event's hash is, from its payload serialized as the store keeps it. */
    private String expected(String previous, String aggregate, long sequence) {
        DomainEventMessage<?> event = stored(aggregate, sequence);
        return EventChain.hash(previous, asStored(event, "Thing", aggregate, sequence));
    }

    private StoredEvent asStored(EventMessage<?> event, String type, String aggregate, long sequence) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        Map<String, String> metadata = new HashMap<>();
        event.getMetaData().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
        return new StoredEvent(null, type, aggregate, sequence, event.getIdentifier(),
                event.getTimestamp().toEpochMilli(), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), metadata);
    }
}
