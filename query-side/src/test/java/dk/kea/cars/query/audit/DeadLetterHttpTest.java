package dk.kea.cars.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.platform.processing.DeadLetterControl;
import dk.kea.cars.query.insurance.InsuranceRow;
import dk.kea.cars.query.insurance.InsuranceRowRepository;
import dk.kea.cars.query.support.BackOffice;
import dk.kea.cars.query.support.ProjectionFeed;
import dk.kea.cars.query.support.TestHttp;
import dk.kea.cars.query.support.TestJwksController;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dead letters of the query-side read model (JPA) through its real processor, and the admin API over real HTTP.
 * Insurances are made to fail by a test-only handler ({@link PoisonedInsurances}); every test has its own ids and
 * looks only at its own sequences (CI reruns it on a shared MariaDB).
 */
@Tag("store")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestJwksController.class, ProjectionFeed.class, PoisonedInsurances.class})
class DeadLetterHttpTest {

    private static final String LETTERS = "/api/audit/dead-letters?processor=query-side&limit=1000";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    ProjectionFeed feed;
    @Autowired
    EventStore events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    InsuranceRowRepository insurances;
    @Autowired
    ProjectionControl projections;
    @Autowired
    MeterRegistry meters;

    private final UUID admin = UUID.randomUUID();
    private final UUID auditor = UUID.randomUUID();
    private TestHttp http;

    @BeforeEach
    void employees() {
        http = new TestHttp(port);
        feed.feed(BackOffice.employee(admin, 0, Role.ADMIN, false), BackOffice.employee(auditor, 0, Role.AUDITOR,
                false));
    }

    @AfterEach
    void fixEverything() {
        PoisonedInsurances.POISONED.clear();
        PoisonedInsurances.UNREACHABLE.clear();
    }

    /** The poison-event flow: parked, others applied, retried after the fix, and a clean replay. */
    @Test
    void aPoisonEventParksItsSequenceOthersAreAppliedAndAfterTheFixARetryDrainsIt() {
        UUID poison = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();
        PoisonedInsurances.POISONED.add(poison);

        publish(created(poison), created(healthy), updated(poison, 1, "Poison v1"), updated(healthy, 1, "Fine v1"));

        await().atMost(WAIT).until(() -> version(healthy) == 1 && lettersOf(poison).size() == 2);
        assertThat(insurances.findById(poison)).as("nothing of the failed event stays behind").isEmpty();
        List<JsonNode> parked = lettersOf(poison);
        assertThat(parked.get(0).get("event_type").asText()).isEqualTo("InsuranceCreated");
        assertThat(parked.get(0).get("aggregate_sequence").asLong()).isZero();
        assertThat(parked.get(0).get("position").asLong()).isPositive();
        assertThat(parked.get(0).get("cause_type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(parked.get(0).get("cause_message").asText()).contains(poison.toString());
        assertThat(parked.get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(parked.get(0).hasNonNull("enqueued_at")).isTrue();
        assertThat(parked.get(1).get("event_type").asText()).isEqualTo("InsuranceUpdated");
        assertThat(parked.get(1).get("cause_type").isNull()).isTrue();
        assertThat(parked.get(1).get("attempts").asInt()).isZero();
        long total = http.ok(LETTERS, admin).size();
        assertThat(querySideStatus().get("dead_letters").asLong()).isEqualTo(total);
        assertThat(meters.get(DeadLetterControl.GAUGE).tag("processor", "query-side").gauge().value())
                .isEqualTo(total);

        JsonNode stillFailing = retry(poison);

        assertThat(stillFailing.get("result").asText()).isEqualTo("failed");
        assertThat(stillFailing.get("remaining").asLong()).isEqualTo(2);
        assertThat(stillFailing.get("cause_type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(lettersOf(poison).get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(insurances.findById(poison)).isEmpty();

        PoisonedInsurances.POISONED.remove(poison);
        JsonNode drained = retry(poison);

        assertThat(drained.get("result").asText()).isEqualTo("drained");
        assertThat(drained.get("remaining").asLong()).isZero();
        assertThat(lettersOf(poison)).isEmpty();
        assertThat(insurances.findById(poison).orElseThrow().toView().name()).isEqualTo("Poison v1");
        assertThat(version(poison)).isEqualTo(1);

        long head = querySideStatus().get("head").asLong();
        projections.replay("query-side");

        await().atMost(WAIT).until(() -> {
            JsonNode status = querySideStatus();
            return status.get("position").asLong() >= head && !status.get("replaying").asBoolean();
        });
        assertThat(lettersOf(poison)).isEmpty();
        assertThat(lettersOf(healthy)).isEmpty();
        assertThat(insurances.findById(poison).orElseThrow().toView().name()).isEqualTo("Poison v1");
        assertThat(version(healthy)).isEqualTo(1);
    }

    @Test
    void anUnreachableDatabaseIsRetriedUntilItAnswersNeverParkedNorSkipped() {
        UUID waiting = UUID.randomUUID();
        PoisonedInsurances.UNREACHABLE.add(waiting);

        publish(created(waiting));

        await().atMost(WAIT).until(() -> failures(waiting) >= 2);
        assertThat(lettersOf(waiting)).isEmpty();
        assertThat(insurances.findById(waiting)).isEmpty();
        PoisonedInsurances.UNREACHABLE.remove(waiting);
        await().atMost(WAIT).until(() -> insurances.findById(waiting).isPresent());
        assertThat(lettersOf(waiting)).isEmpty();
    }

    /** The database refuses the row (its name is longer than the column) when it is written, not in the handler. */
    @Test
    void aWriteTheDatabaseRefusesParksTheEventThatMadeItAndNothingElse() {
        UUID tooLong = UUID.randomUUID();
        UUID fine = UUID.randomUUID();

        publish(new InsuranceCreated(tooLong, 0, Instant.now(), "N".repeat(60), new BigDecimal("10.00")),
                created(fine), updated(tooLong, 1, "Short again"));

        await().atMost(WAIT).until(() -> insurances.findById(fine).isPresent() && lettersOf(tooLong).size() == 2);
        List<JsonNode> parked = lettersOf(tooLong);
        assertThat(parked.get(0).get("event_type").asText()).isEqualTo("InsuranceCreated");
        assertThat(parked.get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(parked.get(0).get("cause_type").asText()).isNotBlank();
        assertThat(insurances.findById(tooLong)).isEmpty();
        assertThat(http.send("DELETE", "/api/audit/dead-letters/query-side/" + tooLong, admin).statusCode())
                .isEqualTo(204);
    }

    @Test
    void anEvictedSequenceIsNeverAppliedAndItsNextEventIsHandledAsItComes() {
        UUID dropped = UUID.randomUUID();
        PoisonedInsurances.POISONED.add(dropped);
        publish(created(dropped), updated(dropped, 1, "Dropped v1"));
        await().atMost(WAIT).until(() -> lettersOf(dropped).size() == 2);
        PoisonedInsurances.POISONED.remove(dropped);

        HttpResponse<String> evicted = http.send("DELETE", "/api/audit/dead-letters/query-side/" + dropped, admin);

        assertThat(evicted.statusCode()).as(evicted.body()).isEqualTo(204);
        assertThat(lettersOf(dropped)).isEmpty();
        assertThat(insurances.findById(dropped)).isEmpty();
        publish(updated(dropped, 2, "Dropped v2"));
        await().atMost(WAIT).until(() -> insurances.findById(dropped).isPresent());
        assertThat(version(dropped)).isEqualTo(2);
        assertThat(lettersOf(dropped)).isEmpty();
    }

    @Test
    void retryingEveryParkedSequenceOfAProcessorDrainsThoseWhoseCauseIsFixed() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        PoisonedInsurances.POISONED.addAll(List.of(first, second));
        publish(created(first), created(second));
        await().atMost(WAIT).until(() -> lettersOf(first).size() == 1 && lettersOf(second).size() == 1);
        PoisonedInsurances.POISONED.removeAll(List.of(first, second));

        HttpResponse<String> retried = http.send("POST", "/api/audit/dead-letters/query-side/retry", admin);

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        List<String> drained = new ArrayList<>();
        http.parse(retried).forEach(sequence -> {
            if (sequence.get("result").asText().equals("drained")) {
                drained.add(sequence.get("sequence").asText());
            }
        });
        assertThat(drained).contains(first.toString(), second.toString());
        assertThat(insurances.findById(first)).isPresent();
        assertThat(insurances.findById(second)).isPresent();
        assertThat(lettersOf(first)).isEmpty();
    }

    @Test
    void unknownProcessorsAndSequencesAre404ProblemsNamingThem() {
        UUID none = UUID.randomUUID();

        assertThat(problem("POST", "/api/audit/dead-letters/no-such-model/" + none + "/retry", 404)
                .get("detail").asText()).contains("'no-such-model'");
        assertThat(problem("POST", "/api/audit/dead-letters/no-such-model/retry", 404).get("detail").asText())
                .contains("'no-such-model'");
        assertThat(problem("DELETE", "/api/audit/dead-letters/no-such-model/" + none, 404).get("detail").asText())
                .contains("'no-such-model'");
        assertThat(problem("GET", "/api/audit/dead-letters?processor=no-such-model", 404).get("detail").asText())
                .contains("'no-such-model'");
        assertThat(problem("POST", "/api/audit/dead-letters/query-side/" + none + "/retry", 404).get("detail")
                .asText()).contains("'" + none + "'");
        assertThat(problem("DELETE", "/api/audit/dead-letters/query-side/" + none, 404).get("detail").asText())
                .contains("'" + none + "'");
    }

    @Test
    void badInputIs422AndChangesNothing() {
        assertThat(invalidFields("GET", "/api/audit/dead-letters?limit=0")).containsExactly("limit");
        assertThat(invalidFields("GET", "/api/audit/dead-letters?offset=-1")).containsExactly("offset");
        assertThat(invalidFields("POST", "/api/audit/dead-letters/query-side/" + "x".repeat(256) + "/retry"))
                .containsExactly("sequence");
        assertThat(invalidFields("DELETE", "/api/audit/dead-letters/query-side/%20"))
                .containsExactly("sequence");
    }

    @Test
    void onlyAdminsSeeOrHandleDeadLetters() {
        UUID sequence = UUID.randomUUID();

        problem(auditor, "GET", "/api/audit/dead-letters", 403);
        problem(auditor, "POST", "/api/audit/dead-letters/query-side/" + sequence + "/retry", 403);
        problem(auditor, "POST", "/api/audit/dead-letters/query-side/retry", 403);
        problem(auditor, "DELETE", "/api/audit/dead-letters/query-side/" + sequence, 403);
        assertThat(http.get("/api/audit/projections", auditor).statusCode()).isEqualTo(200);
    }

    private void publish(Object... payloads) {
        transactions.executeWithoutResult(status -> {
            for (Object payload : payloads) {
                InsuranceCreated created = payload instanceof InsuranceCreated event ? event : null;
                InsuranceUpdated updated = payload instanceof InsuranceUpdated event ? event : null;
                UUID id = created != null ? created.id() : updated.id();
                long sequence = created != null ? created.sequence() : updated.sequence();
                events.publish(new GenericDomainEventMessage<>("Insurance", id.toString(), sequence, payload));
            }
        });
    }

    private static InsuranceCreated created(UUID id) {
        return new InsuranceCreated(id, 0, Instant.now(), "Cover " + id, new BigDecimal("10.00"));
    }

    private static InsuranceUpdated updated(UUID id, long sequence, String name) {
        return new InsuranceUpdated(id, sequence, Instant.now(), name, new BigDecimal("20.00"));
    }

    private long version(UUID insurance) {
        return insurances.findById(insurance).map(InsuranceRow::getVersion).orElse(-1L);
    }

    private static int failures(UUID insurance) {
        AtomicInteger failures = PoisonedInsurances.FAILURES.get(insurance);
        return failures == null ? 0 : failures.get();
    }

    private List<JsonNode> lettersOf(UUID sequence) {
        List<JsonNode> letters = new ArrayList<>();
        http.ok(LETTERS, admin).forEach(letter -> {
            assertThat(letter.get("processor").asText()).isEqualTo("query-side");
            if (letter.get("sequence").asText().equals(sequence.toString())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    private JsonNode querySideStatus() {
        for (JsonNode processor : http.ok("/api/audit/projections", admin)) {
            if (processor.get("name").asText().equals("query-side")) {
                return processor;
            }
        }
        throw new AssertionError("query-side is not listed");
    }

    private JsonNode retry(UUID sequence) {
        HttpResponse<String> retried = http.send("POST", "/api/audit/dead-letters/query-side/" + sequence + "/retry",
                admin);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        return http.parse(retried);
    }

    private JsonNode problem(String method, String path, int status) {
        return problem(admin, method, path, status);
    }

    private JsonNode problem(UUID employee, String method, String path, int status) {
        HttpResponse<String> response = http.send(method, path, employee);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = http.parse(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    private List<String> invalidFields(String method, String path) {
        List<String> fields = new ArrayList<>();
        problem(method, path, 422).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
