package dk.kea.cars.standalone;

import dk.kea.cars.StandaloneApplication;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

import static org.awaitility.Awaitility.await;

/** The standalone app on file stores of its own, with a long history appended fast, for the replay tests. */
final class ReplayFixture {

    private static final int BATCH = 1000;

    private ReplayFixture() {
    }

    /** {@code overrides} are further {@code --name=value} arguments, which win over the defaults here. */
    static ConfigurableApplicationContext start(Path data, String profile, String... overrides) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl(data),
                "--kea.embedded-mongo.file=" + data.resolve("kea-mongo.mv"),
                "--kea.auth.generate-dev-key=true",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(overrides));
        return new SpringApplicationBuilder(StandaloneApplication.class).profiles(profile)
                .run(arguments.toArray(String[]::new));
    }

    static String jdbcUrl(Path data) {
        return "jdbc:h2:file:" + data.resolve("kea-sql");
    }

    /** The price of an insurance after event {@code sequence} of its history. */
    static BigDecimal priceAt(int sequence) {
        return BigDecimal.valueOf(10 + sequence).setScale(2);
    }

    /**
     * Appends {@code insurances} histories of {@code eventsEach} events (a create, then price updates) straight to
     * the event store, in large transactions: far faster than through the API, and the same events.
     */
    static void appendInsuranceHistories(ConfigurableApplicationContext app, String namePrefix, int insurances,
                                         int eventsEach) {
        EventStore store = app.getBean(EventStore.class);
        TransactionTemplate transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < insurances; i++) {
            UUID id = UUID.randomUUID();
            String name = namePrefix + " " + id;
            for (int sequence = 0; sequence < eventsEach; sequence++) {
                Object payload = sequence == 0 ? new InsuranceCreated(id, 0, Instant.now(), name, priceAt(0))
                        : new InsuranceUpdated(id, sequence, Instant.now(), name, priceAt(sequence));
                batch.add(new GenericDomainEventMessage<>("Insurance", id.toString(), sequence, payload));
            }
            if (batch.size() >= BATCH || i == insurances - 1) {
                List<EventMessage<?>> copy = List.copyOf(batch);
                transactions.executeWithoutResult(status -> store.publish(copy));
                batch.clear();
            }
        }
    }

    static StreamingEventProcessor processor(ConfigurableApplicationContext app, String name) {
        return app.getBean(EventProcessingConfiguration.class)
                .eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    static long head(ConfigurableApplicationContext app) {
        return app.getBean(EventStore.class).createHeadToken().position().orElse(0);
    }

    /** The lowest position any segment of the processor has reached; -1 before its first event. */
    static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    /** Position, not Axon's replaying flag: that clears only when an event after the reset point arrives. */
    static void awaitCaughtUp(ConfigurableApplicationContext app, String... processors) {
        awaitCaughtUp(app, Duration.ofMinutes(3), processors);
    }

    static void awaitCaughtUp(ConfigurableApplicationContext app, Duration atMost, String... processors) {
        long head = head(app);
        for (String name : processors) {
            StreamingEventProcessor processor = processor(app, name);
            await(name + " reaches " + head).atMost(atMost).pollInterval(Duration.ofMillis(100))
                    .until(() -> position(processor) >= head);
        }
    }

    /** The demo admin's token, once auth-query has the demo people (a fresh app seeds them at start). */
    static String adminToken(Http http) {
        await().atMost(Duration.ofSeconds(30)).until(() -> adminLogin(http).status() == 200);
        return adminLogin(http).json().get("access_token").asText();
    }

    private static Http.Response adminLogin(Http http) {
        return http.post("/api/auth/login").json(java.util.Map.of("email", StandaloneTest.ADMIN,
                "password", StandaloneTest.DEMO_PASSWORDS.get(StandaloneTest.ADMIN))).send();
    }
}
