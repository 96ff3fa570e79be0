package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.cars.StandaloneApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;
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
        await().atMost(Duration.ofSeconds(30)).until(() -> !List.of(401, 403).contains(http.put("/api/brands/" + FORD)
                .token(token).json(Map.of()).send().status()) || !isWriter(token));
    }

    private boolean isWriter(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return payload.contains("\"admin\"") || payload.contains("\"manager\"");
    }

    static final String R8 = "d4bd413c-00d8-45ce-be0e-1d1333ac5e75";
    static final String WHITE = "7bb35b1d-37ff-43c2-988a-cf85c5b6d690";
    static final String BLUE = "5e755eb3-0099-4cdd-b064-d8bd95968109";
    static final String TINTED_WINDOWS = "e7858d25-49e7-4ad5-821c-100de2b18918";
    static final String EARTHQUAKE = "37074fac-26da-4e38-9ae6-acbe755359e5";
    static final String JAMES_ID = "d096d2e1-f06a-4555-9cd1-afa9f930f10c";
    static final String HANS_ID = "f9097a97-eca4-49b6-85a0-08423789c320";
    static final String TOM_ID = "24bd8a11-2310-46bc-aebf-0887325ebdbd";

    /** A new customer with a unique email; answers its id. */
    String newCustomer(String token) {
        Http.Response created = http.post("/api/customers").token(token).json(java.util.Map.of(
                "email", Names.randomWord().toLowerCase() + "@example.com", "first_name", "Anna",
                "last_name", "Berg", "phone_number", "12345678", "address", "Main Street 1")).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** An R8 in white with Tinted Windows and Earthquake cover (10530.80) for the customer; answers the response. */
    Http.Response newCar(String token, String customerId, String ownerId) {
        java.util.Map<String, Object> body = new java.util.HashMap<>(java.util.Map.of("models_id", R8,
                "colors_id", WHITE, "customers_id", customerId, "accessory_ids", java.util.List.of(TINTED_WINDOWS),
                "insurance_ids", java.util.List.of(EARTHQUAKE)));
        if (ownerId != null) {
            body.put("employees_id", ownerId);
        }
        return http.post("/api/cars").token(token).json(body).send();
    }

    Http.Response buy(String token, String carId) {
        return http.post("/api/purchases").token(token).json(java.util.Map.of("cars_id", carId)).send();
    }

    /** A new employee of the role, logged in; answers {id, token}. */
    String[] newEmployee(String role) {
        String email = Names.randomWord().toLowerCase() + "@kea-cars.dk";
        String password = "Vx" + Names.randomWord() + "!9q";
        Http.Response created = http.post("/api/employees").token(tokenOf(ADMIN)).json(java.util.Map.of(
                "email", email, "password", password, "first_name", "Test", "last_name", "Person", "role", role))
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Http.Response login = login(email, password);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return new String[]{created.json().get("id").asText(), login.json().get("access_token").asText(), email,
                password};
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
