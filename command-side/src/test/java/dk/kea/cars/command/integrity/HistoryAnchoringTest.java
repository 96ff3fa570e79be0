package dk.kea.cars.command.integrity;

import dk.kea.cars.api.integrity.AnchorHistory;
import dk.kea.cars.api.integrity.HistoryAnchored;
import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvent;
import dk.kea.cars.platform.integrity.StoredEvents;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole store is anchored in order, settled events only, one instance at a time, in bounded steps. */
class HistoryAnchoringTest {

    record Noted(String id, String text) {
    }

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private Configuration axon;
    private EventStore store;
    private StoredEvents stored;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .configureAggregate(HistoryAnchor.class)
                .configureSerializer(configuration -> serializer)
                .buildConfiguration();
        axon.start();
        store = axon.eventStore();
        stored = new InMemoryStoredEvents(store, serializer);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void anchorsEverySettledEventAndNoneYoungerThanTheFirstUnsettledOne() {
        append("a", 0, START);
        append("a", 1, START.plusSeconds(1));
        append("b", 0, START.plusSeconds(60));
        append("c", 0, START.plusSeconds(2));

        int anchors = anchoring(100).anchorUpTo(START.plusSeconds(30));

        assertThat(anchors).isEqualTo(1);
        HistoryAnchored anchor = anchors().get(0);
        assertThat(anchor.upToPosition()).isEqualTo(1);
        assertThat(anchor.eventsCovered()).isEqualTo(2);
        assertThat(anchor.storeDigest()).isEqualTo(digestOf(stored.after(StoredEvents.BEFORE_FIRST, 2)));
    }

    @Test
    void theNextAnchorContinuesTheDigestAndNoneIsTakenOverAnchorsAlone() {
        append("a", 0, START);
        HistoryAnchoring anchoring = anchoring(100);
        anchoring.anchorUpTo(Instant.now());

        assertThat(anchoring.anchorUpTo(Instant.now())).as("only the anchor itself is new").isZero();
        append("a", 1, Instant.now().minusSeconds(1));
        assertThat(anchoring.anchorUpTo(Instant.now())).isEqualTo(1);

        List<HistoryAnchored> anchors = anchors();
        HistoryAnchored last = anchors.get(anchors.size() - 1);
        List<StoredEvent> everything = stored.after(StoredEvents.BEFORE_FIRST, 100);
        List<StoredEvent> covered = everything.stream().filter(event -> event.position() <= last.upToPosition())
                .toList();
        assertThat(anchors).hasSize(2);
        assertThat(last.eventsCovered()).isEqualTo(covered.size()).isEqualTo(3);
        assertThat(last.storeDigest()).isEqualTo(digestOf(covered));
    }

    @Test
    void aLongHistoryIsAnchoredInBoundedSteps() {
        for (int sequence = 0; sequence < 5; sequence++) {
            append("a", sequence, START);
        }

        int anchors = anchoring(2).anchorUpTo(Instant.now());

        List<HistoryAnchored> stored = anchors();
        assertThat(anchors).isEqualTo(stored.size()).isGreaterThanOrEqualTo(3);
        long before = 0;
        for (HistoryAnchored anchor : stored) {
            assertThat(anchor.eventsCovered() - before).isBetween(1L, 2L);
            before = anchor.eventsCovered();
        }
        assertThat(stored.get(stored.size() - 1).upToPosition()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anotherInstanceAnchoringFirstIsNoError() {
        append("a", 0, START);
        AtomicBoolean raced = new AtomicBoolean();
        CommandGateway commands = axon.commandGateway();
        CommandGateway racing = (CommandGateway) Proxy.newProxyInstance(CommandGateway.class.getClassLoader(),
                new Class<?>[]{CommandGateway.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("sendAndWait") && !raced.getAndSet(true)) {
                        AnchorHistory mine = (AnchorHistory) arguments[0];
                        commands.sendAndWait(mine);
                    }
                    try {
                        return method.invoke(commands, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        HistoryAnchoring anchoring = new HistoryAnchoring(stored, store, racing, Duration.ofMinutes(10),
                Duration.ZERO, Clock.systemUTC(), 100);

        assertThat(anchoring.anchorUpTo(Instant.now())).isZero();
        assertThat(anchors()).hasSize(1);
    }

    @Test
    void anchorsByItselfEveryInterval() {
        append("a", 0, Instant.now().minusSeconds(5));
        HistoryAnchoring anchoring = new HistoryAnchoring(stored, store, axon.commandGateway(),
                Duration.ofMillis(100), Duration.ZERO, Clock.systemUTC(), 100);

        anchoring.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !anchors().isEmpty());
        } finally {
            anchoring.stop();
        }
        assertThat(anchoring.isRunning()).isFalse();
    }

    private HistoryAnchoring anchoring(int maxEventsPerAnchor) {
        return new HistoryAnchoring(stored, store, axon.commandGateway(), Duration.ofMinutes(10), Duration.ZERO,
                Clock.systemUTC(), maxEventsPerAnchor);
    }

    private void append(String aggregate, long sequence, Instant at) {
        store.publish(new GenericDomainEventMessage<>("Thing", aggregate, sequence, new Noted(aggregate, "#" + sequence),
                MetaData.emptyInstance(), UUID.randomUUID().toString(), at));
    }

    private List<HistoryAnchored> anchors() {
        return store.readEvents(HistoryAnchored.ANCHOR_ID).asStream()
                .map(event -> (HistoryAnchored) event.getPayload()).toList();
    }

    private static String digestOf(List<StoredEvent> events) {
        String digest = EventChain.EMPTY_DIGEST;
        for (StoredEvent event : events) {
            digest = EventChain.fold(digest, EventChain.contribution(event));
        }
        return digest;
    }
}
