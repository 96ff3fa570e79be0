package dk.kea.cars.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Freshness visible to clients (README, Freshness): every read answered from a read model carries its position and
 * lag, a write names the position it reached, and a read that asks for that position answers the written state or,
 * when the read model cannot reach it in time ({@code kea.freshness.wait-timeout}, 3 s in the tests), a 503 problem
 * instead of older data.
 */
class FreshnessHttpTest extends StandaloneTest {

    private static final String POSITION = "X-Read-Model-Position";
    private static final String LAG = "X-Read-Model-Lag";
    private static final String MIN_POSITION = "X-Read-Model-Min-Position";
    private static final String EVENT_POSITION = "X-Event-Position";

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyReadOfAReadModelCarriesItsPositionAndAnIdleReadModelIsNotBehind() {
        String manager = tokenOf(MANAGER);
        Http.Response created = newInsurance(manager);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long written = eventPosition(created);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (Http.Response read : List.of(http.get("/api/insurances").token(manager).send(),
                    http.get("/api/public/insurances").send(),
                    login(MANAGER, DEMO_PASSWORDS.get(MANAGER)))) {
                assertThat(read.status()).as(read.body()).isEqualTo(200);
                assertThat(position(read)).isGreaterThanOrEqualTo(written);
                assertThat(read.header(LAG)).hasValue("0");
            }
        });
    }

    @Test
    void whatIsNotReadFromAReadModelCarriesNoPosition() {
        Http.Response audit = http.get("/api/audit/events?limit=1").token(tokenOf(ADMIN)).send();
        Http.Response keys = http.get("/api/auth/.well-known/jwks.json").send();

        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(audit.header(POSITION)).isEmpty();
        assertThat(keys.header(POSITION)).isEmpty();
    }

    @Test
    void aReadThatWaitsForAWritesPositionAnswersTheWrittenStateOnceTheReadModelHasIt() {
        String manager = tokenOf(MANAGER);
        StreamingEventProcessor querySide = processing.eventProcessor("query-side", StreamingEventProcessor.class)
                .orElseThrow();
        querySide.shutDown();
        Http.Response created;
        try {
            created = newInsurance(manager);

            // query-side cannot confirm the write: stored, 202, and a position to wait for all the same
            assertThat(created.status()).as(created.body()).isEqualTo(202);
            long written = eventPosition(created);
            String id = created.header("Location").orElseThrow().replace("/api/insurances/", "");
            Http.Response stale = http.get("/api/insurances/" + id).token(manager)
                    .header(MIN_POSITION, Long.toString(written)).send();
            assertProblem(stale, 503);
            assertThat(stale.json().get("type").asText()).isEqualTo("urn:kea-cars:problem:read-model-behind");
            assertThat(stale.header("Retry-After")).hasValue("1");
            assertThat(position(stale)).isLessThan(written);
            Http.Response publicRead = http.get("/api/public/insurances/" + id)
                    .header(MIN_POSITION, Long.toString(written)).send();
            assertThat(publicRead.status()).as(publicRead.body()).isEqualTo(200);
            assertThat(position(publicRead)).isGreaterThanOrEqualTo(written);
        } finally {
            querySide.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> querySide.processingStatus().size()
                == querySide.maxCapacity());

        long written = eventPosition(created);
        String id = created.header("Location").orElseThrow().replace("/api/insurances/", "");
        Http.Response fresh = http.get("/api/insurances/" + id).token(manager)
                .header(MIN_POSITION, Long.toString(written)).send();

        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(fresh.json().get("id").asText()).isEqualTo(id);
        assertThat(position(fresh)).isGreaterThanOrEqualTo(written);
    }

    @Test
    void aPositionTheReadModelDoesNotReachInTimeIsA503ProblemNotOlderData() {
        Http.Response behind = http.get("/api/public/models").header(MIN_POSITION, "9000000000000").send();

        assertProblem(behind, 503);
        assertThat(behind.json().get("type").asText()).isEqualTo("urn:kea-cars:problem:read-model-behind");
        assertThat(behind.json().get("detail").asText()).contains("public-query", "9000000000000");
        assertThat(behind.header("Retry-After")).hasValue("1");
        assertThat(behind.header(POSITION)).isPresent();
        assertThat(behind.header("X-Correlation-Id")).isPresent();
    }

    @Test
    void aMalformedPositionIsA400Problem() {
        String manager = tokenOf(MANAGER);
        for (String malformed : List.of("notanumber", "-1", "1.5", "12345678901234567890", "0x10")) {
            Http.Response employeeRead = http.get("/api/insurances").token(manager).header(MIN_POSITION, malformed)
                    .send();
            Http.Response publicRead = http.get("/api/public/models").header(MIN_POSITION, malformed).send();

            assertProblem(employeeRead, 400);
            assertProblem(publicRead, 400);
            assertThat(employeeRead.json().get("detail").asText()).doesNotContain(malformed);
        }
    }

    @Test
    void browsersMaySendTheHeaderAndSeeTheAnswers() {
        Http.Response preflight = http.call("OPTIONS", "/api/insurances").header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,x-read-model-min-position").send();
        Http.Response read = http.get("/api/public/models").header("Origin", "http://localhost:5173").send();

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("x-read-model-min-position");
        assertThat(read.header("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains(POSITION, LAG, EVENT_POSITION));
    }

    @Test
    void apiDocsNameTheHeadersOfEveryReadAndWrite() {
        JsonNode paths = http.get("/v3/api-docs").send().json().get("paths");

        for (JsonNode read : List.of(paths.get("/api/insurances").get("get"),
                paths.get("/api/cars/{id}").get("get"), paths.get("/api/public/models").get("get"),
                paths.get("/api/auth/login").get("post"))) {
            assertThat(parameterNames(read)).contains(MIN_POSITION);
            assertThat(read.get("responses").get("200").get("headers").has(POSITION)).isTrue();
            assertThat(read.get("responses").get("200").get("headers").has(LAG)).isTrue();
            assertThat(read.get("responses").has("503")).isTrue();
        }
        assertThat(parameterNames(paths.get("/api/audit/events").get("get"))).doesNotContain(MIN_POSITION);
        assertThat(paths.get("/api/insurances").get("post").get("responses").get("201").get("headers")
                .has(EVENT_POSITION)).isTrue();
        assertThat(paths.get("/api/cars/{id}").get("delete").get("responses").get("204").get("headers")
                .has(EVENT_POSITION)).isTrue();
    }

    private Http.Response newInsurance(String token) {
        return http.post("/api/insurances").token(token)
                .json(Map.of("name", "Cover " + Names.randomWord(), "price", 12.5)).send();
    }

    private static long eventPosition(Http.Response write) {
        return Long.parseLong(write.header(EVENT_POSITION).orElseThrow(() ->
                new AssertionError("no " + EVENT_POSITION + " on " + write.status())));
    }

    private static long position(Http.Response read) {
        return Long.parseLong(read.header(POSITION).orElseThrow(() ->
                new AssertionError("no " + POSITION + " on " + read.status() + " " + read.body())));
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> names = new java.util.ArrayList<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.get("name").asText()));
        return names;
    }
}
