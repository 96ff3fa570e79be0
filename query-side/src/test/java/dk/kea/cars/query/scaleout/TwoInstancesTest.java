package dk.kea.cars.query.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.query.QuerySideApplication;
import dk.kea.cars.query.audit.ProjectionControl;
import dk.kea.cars.query.audit.ProjectionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of query-side on one event store and one token store, their buses joined as Axon Server joins
 * them ({@link FakeCluster}): they share the processor's segments, every event is handled exactly once, and a
 * replay asked of one instance pauses both, resets once and replays every event exactly once more.
 * CI runs it on H2 and, tagged {@code store}, on MariaDB.
 */
@Tag("store")
class TwoInstancesTest {

    private static final String PROCESSOR = "query-side";
    private static final int INSURANCES = 120;

    private final String database = "jdbc:h2:mem:scale-out-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void startTwoInstances() {
        FakeCluster.reset();
        HandledEvents.BY_EVENT.clear();
        instances.add(start("query-a"));
        instances.add(start("query-b"));
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        FakeCluster.reset();
    }

    @Test
    void bothInstancesProcessSegmentsEveryEventOnceAndAReplayRunsAcrossBoth() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(instances).allSatisfy(app -> assertThat(processor(app).processingStatus()).isNotEmpty()));

        List<String> events = appendInsurances(instances.get(0), INSURANCES);
        await().atMost(Duration.ofSeconds(60)).until(() -> events.stream()
                .allMatch(id -> HandledEvents.BY_EVENT.containsKey(id)));

        assertThat(live(events).values()).allSatisfy(handlings -> assertThat(handlings).hasSize(1));
        assertThat(live(events).values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                .as("instances that handled live events").containsExactlyInAnyOrder("query-a", "query-b");
        ProjectionStatus status = status(instances.get(1));
        assertThat(status.instances()).containsExactly("query-a", "query-b");
        assertThat(status.segmentCount()).isEqualTo(2);
        assertThat(status.segments()).extracting(ProjectionStatus.SegmentStatus::instance)
                .containsExactlyInAnyOrder("query-a", "query-b");

        instances.get(1).getBean(ProjectionControl.class).replay(PROCESSOR);

        await().atMost(Duration.ofSeconds(60)).until(() -> events.stream().allMatch(id ->
                HandledEvents.BY_EVENT.get(id).stream().anyMatch(HandledEvents.Handling::replay)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !status(instances.get(0)).replaying());
        assertThat(events).allSatisfy(id -> assertThat(HandledEvents.BY_EVENT.get(id))
                .as("handlings of " + id).hasSize(2)
                .filteredOn(HandledEvents.Handling::replay).hasSize(1));
        assertThat(instances).allSatisfy(app -> assertThat(processor(app).isRunning()).isTrue());
    }

    private ConfigurableApplicationContext start(String instance) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--management.server.port=",
                "--axon.axonserver.client-id=" + instance,
                "--kea.processing.balance-interval=300ms",
                "--axon.eventhandling.processors.query-side.token-claim-interval=200",
                "--logging.level.root=WARN",
                "--logging.level.dk.kea=INFO",
                "--logging.level.org.axonframework.eventhandling.TrackingEventProcessor=INFO"));
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            arguments.add("--spring.datasource.url=" + database);
        }
        return new SpringApplicationBuilder(QuerySideApplication.class, FakeCluster.class, HandledEvents.class)
                .run(arguments.toArray(String[]::new));
    }

    /** Stored as the command side stores them: domain events, each insurance its own aggregate. */
    private static List<String> appendInsurances(ConfigurableApplicationContext app, int count) {
        EventStore store = app.getBean(EventStore.class);
        List<String> ids = new ArrayList<>();
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            for (int n = 0; n < count; n++) {
                int i = n;
                UUID id = UUID.randomUUID();
                GenericDomainEventMessage<InsuranceCreated> event = new GenericDomainEventMessage<>("Insurance",
                        id.toString(), 0, new InsuranceCreated(id, 0, Instant.now(), "Scale-out " + i,
                        new BigDecimal("10.00")));
                ids.add(event.getIdentifier());
                store.publish(event);
            }
        });
        return ids;
    }

    private static Map<String, List<String>> live(List<String> events) {
        return events.stream().collect(Collectors.toMap(id -> id, id -> HandledEvents.BY_EVENT.get(id).stream()
                .filter(handling -> !handling.replay()).map(HandledEvents.Handling::instance).toList()));
    }

    private static ProjectionStatus status(ConfigurableApplicationContext app) {
        return app.getBean(ProjectionControl.class).statuses().stream()
                .filter(status -> status.name().equals(PROCESSOR)).findFirst().orElseThrow();
    }

    private static StreamingEventProcessor processor(ConfigurableApplicationContext app) {
        return app.getBean(EventProcessingConfiguration.class).eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
    }
}
