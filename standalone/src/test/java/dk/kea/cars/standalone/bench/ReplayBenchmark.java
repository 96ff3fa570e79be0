package dk.kea.cars.standalone.bench;

import dk.kea.cars.StandaloneApplication;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a replay of the query-side read model takes (issue 5 asks for 100 000 events). Not part of the test
 * suite: tagged {@code bench} and excluded by default; run it with {@code bench/replay.sh [events]}. Prints figures.
 */
@Tag("bench")
class ReplayBenchmark {

    private static final int EVENTS_PER_INSURANCE = 10;
    private static final int BATCH = 1000;

    @TempDir
    Path data;

    @Test
    void replayOfTheQuerySideReadModel() throws Exception {
        int events = Integer.parseInt(System.getProperty("kea.bench.events", "100000"));
        try (ConfigurableApplicationContext app = start()) {
            EventStore store = app.getBean(EventStore.class);
            StreamingEventProcessor querySide = app.getBean(EventProcessingConfiguration.class)
                    .eventProcessor("query-side", StreamingEventProcessor.class).orElseThrow();

            long appendStart = System.nanoTime();
            append(store, new TransactionTemplate(app.getBean(PlatformTransactionManager.class)), events);
            report("append", events, appendStart);
            long liveStart = System.nanoTime();
            awaitCaughtUp(store, querySide);
            report("live projection (after append)", events, liveStart);

            long replayStart = System.nanoTime();
            querySide.shutDown();
            querySide.resetTokens();
            querySide.start();
            awaitCaughtUp(store, querySide);
            long stored = store.createHeadToken().position().orElse(0) + 1;
            report("replay of query-side", stored, replayStart);
            assertThat(querySide.processingStatus().values()).allMatch(status -> !status.isErrorState());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class).profiles("bench").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("kea-sql"),
                "--kea.embedded-mongo.file=",
                "--kea.auth.generate-dev-key=true",
                "--logging.level.root=WARN");
    }

    /** Insurances with ten full-state events each, appended in batches as the aggregates would append them. */
    private static void append(EventStore store, TransactionTemplate transactions, int events) {
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        for (int insurance = 0; insurance * EVENTS_PER_INSURANCE < events; insurance++) {
            UUID id = UUID.randomUUID();
            for (int sequence = 0; sequence < EVENTS_PER_INSURANCE; sequence++) {
                batch.add(event(id, sequence, "Bench " + id, BigDecimal.valueOf(10 + sequence)));
                if (batch.size() == BATCH) {
                    flush(store, transactions, batch);
                }
            }
        }
        flush(store, transactions, batch);
    }

    private static DomainEventMessage<?> event(UUID id, int sequence, String name, BigDecimal price) {
        Object payload = sequence == 0 ? new InsuranceCreated(id, 0, Instant.now(), name, price)
                : new InsuranceUpdated(id, sequence, Instant.now(), name, price);
        return new GenericDomainEventMessage<>("Insurance", id.toString(), sequence, payload);
    }

    private static void flush(EventStore store, TransactionTemplate transactions, List<EventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            List<EventMessage<?>> copy = List.copyOf(batch);
            transactions.executeWithoutResult(status -> store.publish(copy));
            batch.clear();
        }
    }

    /** Position, not the replaying flag: Axon clears that only when an event after the reset point arrives. */
    private static void awaitCaughtUp(EventStore store, StreamingEventProcessor processor) throws InterruptedException {
        long head = store.createHeadToken().position().orElse(0);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            boolean done = !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                    .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
            if (done) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Processor did not catch up in time");
    }

    private static void report(String what, long events, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("BENCH %s: %d events in %.1f s (%.0f events/s)%n", what, events, seconds, events / seconds);
    }
}
