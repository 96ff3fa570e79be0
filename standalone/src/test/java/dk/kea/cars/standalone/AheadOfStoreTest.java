package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The token-ahead guard (issue 9): the event store loses its newest events (and, as a store that lost commits does,
 * hands their positions out again). Every read model that had seen them is ahead of the store: it is stopped instead
 * of silently skipping the events stored next at those positions, reported in /api/audit/projections and health,
 * and a rebuild from scratch brings it back with the new events and without the rows of the lost ones.
 */
class AheadOfStoreTest {

    private static final List<String> READ_MODELS = List.of("auth-query", "command-side-lookups", "public-query",
            "query-side");
    private static final int LOST = 3;

    @TempDir
    Path data;

    @Test
    void aReadModelAheadOfItsStoreStopsReportsAndIsRebuiltWithoutPhantoms() throws Exception {
        long head;
        try (ConfigurableApplicationContext first = ReplayFixture.start(data, "demo")) {
            ReplayFixture.appendInsuranceHistories(first, "Lost", LOST, 1);
            ReplayFixture.awaitCaughtUp(first, "query-side", "public-query", "auth-query", "command-side-lookups");
            head = ReplayFixture.head(first);
        }
        loseTheNewestEvents(head, LOST);

        try (ConfigurableApplicationContext second = ReplayFixture.start(data, "demo")) {
            Http http = new Http(second.getEnvironment().getProperty("local.server.port", Integer.class));
            String admin = ReplayFixture.adminToken(http);
            Map<String, JsonNode> statuses = projections(http, admin);
            for (String name : READ_MODELS) {
                assertThat(statuses.get(name).get("ahead_of_store").asBoolean()).as(name + ": " + statuses.get(name))
                        .isTrue();
                assertThat(statuses.get(name).get("running").asBoolean()).as(name).isFalse();
                assertThat(statuses.get(name).get("error").asText()).isEqualTo("AheadOfEventStore");
            }
            Http.Response health = http.get("/actuator/health").send();
            assertThat(health.status()).isEqualTo(503);
            assertThat(http.post("/api/audit/projections/query-side/replay").token(admin).send().status())
                    .as("an in-place replay would keep the phantoms").isEqualTo(409);

            ReplayFixture.appendInsuranceHistories(second, "After", 1, 1);
            StandaloneProcess.sleep(Duration.ofSeconds(3));
            assertThat(count(second, "After %")).as("a stopped read model applies nothing").isZero();

            for (String name : READ_MODELS) {
                Http.Response rebuilt = http.post("/api/audit/projections/" + name + "/rebuild").token(admin).send();
                assertThat(rebuilt.status()).as(name + ": " + rebuilt.body()).isEqualTo(202);
            }
            ReplayFixture.awaitCaughtUp(second, READ_MODELS.toArray(String[]::new));
            await().atMost(Duration.ofSeconds(30)).until(() -> count(second, "After %") == 1);
            assertThat(count(second, "Lost %")).as("rows of events the store lost are gone").isZero();
            await().atMost(Duration.ofSeconds(30)).until(() -> publicCount(second, "^After ") == 1);
            assertThat(publicCount(second, "^Lost ")).isZero();
            assertThat(projections(http, admin).values()).allSatisfy(status ->
                    assertThat(status.get("ahead_of_store").asBoolean()).isFalse());
            assertThat(http.get("/actuator/health").send().status()).isEqualTo(200);
        }
    }

    /** What a store that lost its last commits looks like: the events are gone and their positions are reissued. */
    private void loseTheNewestEvents(long head, int lost) throws Exception {
        try (Connection db = DriverManager.getConnection(ReplayFixture.jdbcUrl(data), "sa", "");
             Statement sql = db.createStatement()) {
            assertThat(sql.executeUpdate("DELETE FROM domain_event_entry WHERE global_index > " + (head - lost)))
                    .isEqualTo(lost);
            sql.execute("ALTER TABLE domain_event_entry ALTER COLUMN global_index RESTART WITH " + (head - lost + 1));
        }
    }

    private static long count(ConfigurableApplicationContext app, String namePattern) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM qry_insurance WHERE name LIKE ?", Long.class, namePattern);
    }

    private static long publicCount(ConfigurableApplicationContext app, String nameRegex) {
        return app.getBean(MongoTemplate.class).count(Query.query(Criteria.where("name").regex(nameRegex)),
                "public_insurances");
    }

    private static Map<String, JsonNode> projections(Http http, String admin) {
        Map<String, JsonNode> statuses = new java.util.HashMap<>();
        for (JsonNode status : http.get("/api/audit/projections").token(admin).send().json()) {
            statuses.put(status.get("name").asText(), status);
        }
        return statuses;
    }
}
