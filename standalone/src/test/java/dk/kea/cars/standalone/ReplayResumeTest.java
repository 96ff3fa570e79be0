package dk.kea.cars.standalone;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A replay stopped halfway (the service shut down) resumes where it was after a restart (issue 5). */
class ReplayResumeTest {

    private static final int INSURANCES = 2000;
    private static final int EVENTS_EACH = 5;

    @TempDir
    Path data;

    @Test
    void aReplayInterruptedByAShutdownResumesAndFinishesTheModel() throws Exception {
        long stoppedAt;
        try (ConfigurableApplicationContext first = ReplayFixture.start(data, "bench")) {
            ReplayFixture.appendInsuranceHistories(first, "Resume", INSURANCES, EVENTS_EACH);
            ReplayFixture.awaitCaughtUp(first, "query-side");
            StreamingEventProcessor querySide = ReplayFixture.processor(first, "query-side");
            long head = ReplayFixture.head(first);

            querySide.shutDown();
            querySide.resetTokens();
            querySide.start();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> ReplayFixture.position(querySide) > head / 5);
            stoppedAt = ReplayFixture.position(querySide);
            assertThat(stoppedAt).isLessThan(head);
        }
        assertStoredReplayTokenIsPast(stoppedAt / 2);
        try (ConfigurableApplicationContext second = ReplayFixture.start(data, "bench")) {
            ReplayFixture.awaitCaughtUp(second, "query-side");
            Long rows = second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM qry_insurance WHERE name LIKE 'Resume %' AND price = ?", Long.class,
                    ReplayFixture.priceAt(EVENTS_EACH - 1));
            assertThat(rows).as("every insurance at its latest state").isEqualTo(INSURANCES);
        }
    }

    /** Read between the two runs, straight from the database: what the restarted processor will continue from. */
    private void assertStoredReplayTokenIsPast(long position) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(ReplayFixture.jdbcUrl(data),
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
}
