package dk.kea.cars.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.readmodel.ParkedEvent;
import dk.kea.cars.api.readmodel.SequenceRetry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The parking rules on a real tracking processor, with Axon's in-memory queue standing in for the JPA and MongoDB
 * ones (whose tests are query-side's and public-query's), both ways of parking (where the event failed, and after
 * rolling its batch back): a failing event parks its sequence and nothing else, a transient failure is neither parked
 * nor skipped, a full queue stops the processor instead of skipping, a retry drains, and a reset clears.
 */
class DeadLetterParkingTest {

    private static final String PROCESSOR = "parking";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Set<String> poisoned = ConcurrentHashMap.newKeySet();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final DeadLetterParking parking = new DeadLetterParking();
    private Configuration axon;
    private DeadLetterControl control;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        if (control != null) {
            control.close();
        }
    }

    @ParameterizedTest(name = "parked after a rollback: {0}")
    @ValueSource(booleans = {false, true})
    void aFailingEventParksItsSequenceWhileOtherAggregatesGoOnAndARetryAfterTheFixDrainsIt(boolean transactional) {
        start(1024, transactional);
        String poison = aggregate();
        String other = aggregate();
        poisoned.add(poison);

        publish(poison, 0);
        publish(other, 0);
        publish(poison, 1);
        publish(other, 1);

        await().atMost(WAIT).until(() -> handled.contains(other + ":1") && count() == 2);
        assertThat(handled).doesNotContain(poison + ":0", poison + ":1");
        List<ParkedEvent> letters = letters();
        assertThat(letters).extracting(ParkedEvent::sequence).containsExactly(poison, poison);
        assertThat(letters).extracting(ParkedEvent::aggregateSequence).containsExactly(0L, 1L);
        assertThat(letters.get(0).causeType()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letters.get(0).causeMessage()).isEqualTo("cannot handle " + poison);
        assertThat(letters.get(0).attempts()).isEqualTo(1);
        assertThat(letters.get(1).causeType()).isNull();
        assertThat(letters.get(1).attempts()).isZero();

        SequenceRetry stillFailing = control.retry(PROCESSOR, poison).sequences().get(0);

        assertThat(stillFailing.result()).isEqualTo(SequenceRetry.Result.FAILED);
        assertThat(stillFailing.remaining()).isEqualTo(2);
        assertThat(letters().get(0).attempts()).isEqualTo(2);
        assertThat(handled).doesNotContain(poison + ":0");

        poisoned.remove(poison);
        SequenceRetry drained = control.retry(PROCESSOR, poison).sequences().get(0);

        assertThat(drained.result()).isEqualTo(SequenceRetry.Result.DRAINED);
        assertThat(count()).isZero();
        assertThat(handled).containsSubsequence(poison + ":0", poison + ":1");
        publish(poison, 2);
        await().atMost(WAIT).until(() -> handled.contains(poison + ":2"));
        assertThat(count()).isZero();
    }

    @ParameterizedTest(name = "parked after a rollback: {0}")
    @ValueSource(booleans = {false, true})
    void aStoreThatCannotBeReachedIsRetriedNeitherParkedNorSkipped(boolean transactional) {
        start(1024, transactional);
        String waiting = aggregate();
        unreachable.add(waiting);

        publish(waiting, 0);
        await().atMost(WAIT).until(() -> processor().processingStatus().values().stream()
                .anyMatch(segment -> segment.isErrorState()
                        && segment.getError() instanceof DataAccessResourceFailureException));
        sleep(Duration.ofSeconds(2));

        assertThat(count()).isZero();
        assertThat(handled).doesNotContain(waiting + ":0");
        unreachable.remove(waiting);
        await().atMost(WAIT).until(() -> handled.contains(waiting + ":0"));
        assertThat(count()).isZero();
    }

    @Test
    void severalFailingEventsOfOneBatchAreAllParkedAfterRollbacks() {
        start(1024, true);
        List<String> poisons = List.of(aggregate(), aggregate(), aggregate());
        String other = aggregate();
        poisoned.addAll(poisons);

        poisons.forEach(poison -> publish(poison, 0));
        publish(other, 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains(other + ":0"));
        assertThat(letters()).extracting(ParkedEvent::sequence).containsExactlyInAnyOrderElementsOf(poisons);
        assertThat(letters()).allSatisfy(letter -> assertThat(letter.attempts()).isEqualTo(1));
    }

    @Test
    void aFullQueueStopsTheProcessorInsteadOfSkippingUntilTheCauseIsFixed() {
        start(1, false);
        String first = aggregate();
        String second = aggregate();
        String after = aggregate();
        poisoned.add(first);
        poisoned.add(second);

        publish(first, 0);
        publish(second, 0);
        publish(after, 0);
        await().atMost(WAIT).until(() -> count() == 1);
        sleep(Duration.ofSeconds(2));

        assertThat(letters()).extracting(ParkedEvent::sequence).containsExactly(first);
        assertThat(handled).doesNotContain(second + ":0", after + ":0");
        poisoned.remove(second);
        await().atMost(Duration.ofSeconds(90)).until(() -> handled.contains(after + ":0"));
        assertThat(handled).containsSubsequence(second + ":0", after + ":0");
        assertThat(letters()).extracting(ParkedEvent::sequence).containsExactly(first);
    }

    @Test
    void aResetForAReplayClearsTheQueue() {
        start(1024, true);
        String poison = aggregate();
        poisoned.add(poison);
        publish(poison, 0);
        await().atMost(WAIT).until(() -> count() == 1);

        processor().shutDown();
        processor().resetTokens();

        assertThat(count()).isZero();
        poisoned.remove(poison);
        processor().start();
        await().atMost(WAIT).until(() -> handled.contains(poison + ":0"));
        assertThat(count()).isZero();
    }

    /** @param transactional whether the queue says it rolls back with the batch (the in-memory one never does) */
    private void start(int maxSequences, boolean transactional) {
        DeadLetterQueueFactory inMemory = new DeadLetterQueueFactory() {
            @Override
            public boolean keeps(String processingGroup) {
                return true;
            }

            @Override
            public boolean transactional() {
                return transactional;
            }

            @Override
            public SequencedDeadLetterQueue<EventMessage<?>> create(String processingGroup, Configuration axon) {
                return InMemorySequencedDeadLetterQueue.<EventMessage<?>>builder().maxSequences(maxSequences).build();
            }
        };
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> {
                    processing.registerTrackingEventProcessor(PROCESSOR, Configuration::eventStore,
                                    configuration -> TrackingEventProcessorConfiguration
                                            .forSingleThreadedProcessing().andBatchSize(10))
                            .registerEventHandler(configuration -> new Handler());
                    parking.register(processing, () -> Stream.of(inMemory));
                })
                .start();
        control = new DeadLetterControl(axon.eventProcessingConfiguration(), parking, "instance-1");
    }

    private void publish(String aggregate, long sequence) {
        axon.eventStore().publish(new GenericDomainEventMessage<>("Thing", aggregate, sequence, "changed"));
    }

    private long count() {
        return control.count(PROCESSOR).orElseThrow();
    }

    private List<ParkedEvent> letters() {
        return control.report(PROCESSOR, 100).processors().get(0).letters();
    }

    private StreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration().eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private static String aggregate() {
        return UUID.randomUUID().toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @ProcessingGroup(PROCESSOR)
    class Handler {

        @EventHandler
        void on(String change, DomainEventMessage<?> event) {
            String aggregate = event.getAggregateIdentifier();
            if (unreachable.contains(aggregate)) {
                throw new DataAccessResourceFailureException("the read model's database cannot be reached");
            }
            if (poisoned.contains(aggregate)) {
                throw new IllegalStateException("cannot handle " + aggregate);
            }
            handled.add(aggregate + ":" + event.getSequenceNumber());
        }
    }
}
