package dk.kea.cars.standalone;

import dk.kea.cars.StandaloneApplication;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.awaitility.Awaitility.await;

/** A replay stopped halfway (the service shut down) resumes where it was after a restart (issue 5). */
class ReplayResumeTest {

    private static final int INSURANCES = 3000;
    private static final int EVENTS_EACH = 5;

    @TempDir
    Path data;

    @Test
    void aReplayInterruptedByAShutdownResumesAndFinishesTheModel() throws Exception {
        long stoppedAt;
        try (ConfigurableApplicationContext first = start()) {
            EventStore store = first.getBean(EventStore.class);
            append(store, new TransactionTemplate(first.getBean(PlatformTransactionManager.class)));
            StreamingEventProcessor querySide = querySide(first);
            long head = head(store);
            await().atMost(Duration.ofMinutes(3)).until(() -> position(querySide) >= head);

            querySide.shutDown();
            querySide.resetTokens();
            querySide.start();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> position(querySide) > head / 5);
            stoppedAt = position(querySide);
            assertThat(stoppedAt).isLessThan(head);
        }
        assertStoredReplayTokenIsPast(stoppedAt / 2);
        try (ConfigurableApplicationContext second = start()) {
            StreamingEventProcessor querySide = querySide(second);
            long head = head(second.getBean(EventStore.class));
            await().atMost(Duration.ofMinutes(3)).until(() -> position(querySide) >= head);
            Long rows = second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM qry_insurance WHERE name LIKE 'Resume %' AND price = ?", Long.class,
                    BigDecimal.valueOf(10 + EVENTS_EACH - 1).setScale(2));
            assertThat(rows).as("every insurance at its latest state").isEqualTo(INSURANCES);
        }
    }

    /** Read between the two runs, straight from the database: what the restarted processor will continue from. */
    private void assertStoredReplayTokenIsPast(long position) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("kea-sql"),
                "sa", "");
             java.sql.ResultSet token = db.createStatement().executeQuery(
                     "SELECT token_type, token FROM token_entry WHERE processor_name = 'query-side'")) {
            assertThat(token.next()).isTrue();
            assertThat(token.getString(1)).isEqualTo(ReplayToken.class.getName());
            com.fasterxml.jackson.databind.JsonNode replay = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(token.getBytes(2));
            assertThat(replay.get("currentToken").get("index").asLong()).as("resumes, not from zero")
                    .isGreaterThan(position);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class).profiles("bench").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("kea-sql"),
                "--kea.embedded-mongo.file=" + data.resolve("kea-mongo.mv"),
                "--kea.auth.generate-dev-key=true",
                "--logging.level.root=WARN");
    }

    private static StreamingEventProcessor querySide(ConfigurableApplicationContext app) {
        return app.getBean(EventProcessingConfiguration.class)
                .eventProcessor("query-side", StreamingEventProcessor.class).orElseThrow();
    }

    private static long head(EventStore store) {
        return store.createHeadToken().position().orElse(0);
    }

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    private static void append(EventStore store, TransactionTemplate transactions) {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < INSURANCES; i++) {
            UUID id = UUID.randomUUID();
            String name = "Resume " + id;
            for (int sequence = 0; sequence < EVENTS_EACH; sequence++) {
                BigDecimal price = BigDecimal.valueOf(10 + sequence).setScale(2);
                Object payload = sequence == 0 ? new InsuranceCreated(id, 0, Instant.now(), name, price)
                        : new InsuranceUpdated(id, sequence, Instant.now(), name, price);
                batch.add(new GenericDomainEventMessage<>("Insurance", id.toString(), sequence, payload));
            }
            if (batch.size() >= 1000) {
                List<EventMessage<?>> copy = List.copyOf(batch);
                transactions.executeWithoutResult(status -> store.publish(copy));
                batch.clear();
            }
        }
        List<EventMessage<?>> rest = List.copyOf(batch);
        transactions.executeWithoutResult(status -> store.publish(rest));
    }
}
