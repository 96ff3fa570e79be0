package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.cars.StandaloneApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as a newcomer runs it (all four services, one port, embedded stores, demo profile), driven over
 * real HTTP. Tagged {@code store}: CI runs these again against MariaDB.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("store")
abstract class StandaloneTest {

    static final String ADMIN = "tom@gmail.com";
    static final String MANAGER = "hans@gmail.com";
    static final String SALES = "james@gmail.com";
    static final Map<String, String> DEMO_PASSWORDS = Map.of(ADMIN, "tom123", MANAGER, "hans123", SALES, "james123");
    static final String FORD = "8bb880b8-e336-4039-ad86-2f758539e454";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    /** Logs a demo employee in, waiting for auth-query to have caught up with the demo seed after a fresh start. */
    String tokenOf(String email) {
        return TOKENS.computeIfAbsent(port + email, key -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> login(email, DEMO_PASSWORDS.get(email)).status() == 200);
            String token = login(email, DEMO_PASSWORDS.get(email)).json().get("access_token").asText();
            awaitEmployeeKnownEverywhere(token);
            return token;
        });
    }

    Http.Response login(String email, String password) {
        return http.post("/api/auth/login").json(Map.of("email", email, "password", password)).send();
    }

    /** Command side and query side learn about employees from events too; wait until both accept the token. */
    private void awaitEmployeeKnownEverywhere(String token) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/brands").token(token).send().status() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.put("/api/brands/" + FORD).token(token)
                .json(Map.of()).send().status() != 403 || !isWriter(token));
    }

    private boolean isWriter(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return payload.contains("\"admin\"") || payload.contains("\"manager\"");
    }

    /** The {@code name} of each element of a JSON array (not of nested objects). */
    static java.util.List<String> names(JsonNode array) {
        java.util.List<String> names = new java.util.ArrayList<>();
        array.forEach(element -> names.add(element.get("name").asText()));
        return names;
    }

    static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.hasNonNull("title")).isTrue();
        assertThat(problem.hasNonNull("detail")).isTrue();
        assertThat(problem.hasNonNull("type")).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dk.").doesNotContain("SQL");
    }
}
