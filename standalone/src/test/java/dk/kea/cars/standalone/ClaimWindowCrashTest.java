package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Name claims and events commit together or not at all (issue 9): the process dies after a create has claimed its
 * e-mail and appended its event, before the commit. After the restart the e-mail is free (no claim without an
 * entity) and the entity does not exist; then one entity, and only one, can take the e-mail.
 */
class ClaimWindowCrashTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void aCrashBetweenClaimAndCommitLeavesNeitherAClaimNorAnEntity() {
        String email = "window-" + UUID.randomUUID().toString().substring(0, 8) + "@crash.dk";
        UUID doomed = UUID.randomUUID();
        try (StandaloneProcess first = StandaloneProcess.start(home, home.resolve("first.log"),
                "--spring.main.sources=dk.kea.crashhook.HaltInsideClaimWindow", "--kea.crash.halt-on-email=" + email)) {
            first.awaitReady(Duration.ofMinutes(3));
            String manager = first.login("hans@gmail.com", "hans123");
            assertThatThrownBy(() -> first.http().post("/api/customers").token(manager)
                    .json(customer(doomed, email)).send()).as("the process died mid-request")
                    .isInstanceOf(RuntimeException.class);
        }
        try (StandaloneProcess second = StandaloneProcess.start(home, home.resolve("second.log"))) {
            second.awaitReady(Duration.ofMinutes(3));
            Http http = second.http();
            String admin = second.login("tom@gmail.com", "tom123");
            assertThat(http.get("/api/audit/customer/" + doomed + "/history").token(admin).send().status())
                    .as("no event of the create that died").isEqualTo(404);

            UUID other = UUID.randomUUID();
            Http.Response taken = http.post("/api/customers").token(admin).json(customer(other, email)).send();
            assertThat(taken.status()).as("the e-mail is free: " + taken.body()).isEqualTo(201);
            Http.Response second2 = http.post("/api/customers").token(admin).json(customer(doomed, email)).send();
            assertThat(second2.status()).as("and held by one entity only: " + second2.body()).isEqualTo(409);
        }
    }

    private static Map<String, Object> customer(UUID id, String email) {
        return Map.of("id", id.toString(), "email", email, "first_name", "Window", "last_name", "Crash",
                "phone_number", "10203040");
    }
}
