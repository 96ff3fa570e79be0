package dk.kea.cars.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.readmodel.ReadModelProcessor;
import dk.kea.cars.platform.outage.StoreOutageLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One instance's side of the read-model operations: report, pause with a lease, resume, reset only when paused. */
class ReadModelControlTest {

    private static final String PROCESSOR = "lookups";
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final List<Object> handled = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock();
    private Configuration axon;
    private ReadModelControl control;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(PROCESSOR, Configuration::eventStore,
                                configuration -> TrackingEventProcessorConfiguration
                                        .forParallelProcessing(2).andInitialSegmentsCount(2))
                        .registerEventHandler(configuration -> new Handler(handled)))
                .start();
        ReadModelGuard guard = new ReadModelGuard(axon.eventProcessingConfiguration(), axon.eventStore(),
                NoTransactionManager.INSTANCE, new StoreOutageLog(), Duration.ofSeconds(1), clock);
        control = new ReadModelControl(axon.eventProcessingConfiguration(), axon.eventStore(),
                NoTransactionManager.INSTANCE, guard, new ReadModelRebuild(axon.eventProcessingConfiguration(),
                NoTransactionManager.INSTANCE, guard, List.of()),
                new DeadLetterControl(axon.eventProcessingConfiguration(), new DeadLetterParking(), "instance-1"),
                "instance-1", LEASE, clock);
        axon.eventStore().publish(GenericEventMessage.asEventMessage("first"),
                GenericEventMessage.asEventMessage("second"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void theReportNamesTheInstanceItsSegmentsAndTheHead() {
        ReadModelProcessor report = control.report().processors().get(0);

        assertThat(control.report().instance()).isEqualTo("instance-1");
        assertThat(report.name()).isEqualTo(PROCESSOR);
        assertThat(report.running()).isTrue();
        assertThat(report.segmentCount()).isEqualTo(2);
        assertThat(report.segments()).extracting(segment -> segment.segment()).containsExactly(0, 1);
        assertThat(report.head()).isEqualTo(1);
    }

    @Test
    void aPauseStopsTheProcessorUntilItsOwnOperationResumesIt() {
        assertThat(control.pause(PROCESSOR, "op-1").runsProcessor()).isTrue();
        assertThat(processor().isRunning()).isFalse();
        assertThat(control.report().processors().get(0).paused()).isTrue();

        control.resume(PROCESSOR, "another-op");
        assertThat(processor().isRunning()).isFalse();

        control.resume(PROCESSOR, "op-1");
        assertThat(processor().isRunning()).isTrue();
    }

    @Test
    void aPauseNobodyResumesEndsWhenItsLeaseRunsOut() {
        control.pause(PROCESSOR, "op-1");

        control.resumeExpiredPauses();
        assertThat(processor().isRunning()).isFalse();

        clock.advance(LEASE.plusSeconds(1));
        control.resumeExpiredPauses();
        assertThat(processor().isRunning()).isTrue();
    }

    @Test
    void anInstanceWithoutTheProcessorSaysSoAndStaysAsItIs() {
        assertThat(control.pause("other", "op-1").runsProcessor()).isFalse();
        assertThat(processor().isRunning()).isTrue();
    }

    @Test
    void aResetIsRefusedUnlessPausedAndReplaysEverythingOnceResumed() {
        assertThat(control.replayPaused(PROCESSOR).done()).isFalse();
        assertThat(processor().isRunning()).isTrue();

        control.pause(PROCESSOR, "op-1");
        assertThat(control.replayPaused(PROCESSOR).done()).isTrue();
        control.resume(PROCESSOR, "op-1");

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 4);
        // two segments: each event is replayed once, in no particular order across segments
        assertThat(handled).containsExactlyInAnyOrder("first", "second", "first", "second");
    }

    @Test
    void aRebuildIsRefusedWhereTheReadModelCannotBeEmptied() {
        control.pause(PROCESSOR, "op-1");

        assertThat(control.rebuildPaused(PROCESSOR).refusal()).contains("cannot be emptied");
    }

    private StreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration().eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
    }

    @ProcessingGroup(PROCESSOR)
    static final class Handler {
        private final List<Object> handled;

        Handler(List<Object> handled) {
            this.handled = handled;
        }

        @EventHandler
        void on(String event) {
            handled.add(event);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
