package dk.kea.cars.auth;

import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.employee.FindCredentials;
import dk.kea.cars.auth.credentials.CredentialsProjection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logins over real HTTP while an employee goes through every kind of Employee event. The events travel through
 * Axon's event store and the auth-query tracking processor; each step waits for the {@link CredentialsVersion} the
 * way the command side does. Redelivered or late events are handed to the projection directly, as a processor
 * redelivering them would.
 */
class AuthEmployeeLifecycleHttpTest extends AuthQueryTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String GENERIC_401 = "The email or password is not correct.";

    @LocalServerPort
    int port;
    @Autowired
    EventGateway events;
    @Autowired
    QueryGateway queries;
    @Autowired
    CredentialsProjection projection;

    private final UUID id = UUID.randomUUID();

    @Test
    void afterAnEmailChangeOnlyTheNewEmailLogsIn() throws Exception {
        String oldEmail = uniqueEmail();
        String newEmail = uniqueEmail();
        publish(employeeCreated(id, oldEmail, Role.SALES_PERSON, false));
        assertThat(login(oldEmail, PASSWORD).statusCode()).isEqualTo(200);

        publish(employeeUpdated(id, 1, newEmail, Role.SALES_PERSON, PASSWORD_HASH));

        HttpResponse<String> withNewEmail = login(newEmail, PASSWORD);
        assertThat(withNewEmail.statusCode()).isEqualTo(200);
        JsonNode employee = JSON.readTree(withNewEmail.body()).get("employee");
        assertThat(employee.get("id").asString()).isEqualTo(id.toString());
        assertThat(employee.get("email").asString()).isEqualTo(newEmail);
        assertGeneric401(login(oldEmail, PASSWORD));
    }

    @Test
    void aRoleChangeShowsInTheNextTokensRoleClaim() throws Exception {
        String email = uniqueEmail();
        publish(employeeCreated(id, email, Role.SALES_PERSON, false));
        assertThat(roleClaim(login(email, PASSWORD))).isEqualTo("sales_person");

        publish(employeeUpdated(id, 1, email, Role.MANAGER, PASSWORD_HASH));

        HttpResponse<String> response = login(email, PASSWORD);
        assertThat(roleClaim(response)).isEqualTo("manager");
        assertThat(JSON.readTree(response.body()).get("employee").get("role").asString()).isEqualTo("manager");
    }

    @Test
    void aChangedPasswordHashReplacesTheOldPassword() throws Exception {
        String email = uniqueEmail();
        String newPassword = "Another-Horse-43";
        publish(employeeCreated(id, email, Role.ADMIN, false));

        publish(employeeUpdated(id, 1, email, Role.ADMIN, BCRYPT.encode(newPassword)));

        assertGeneric401(login(email, PASSWORD));
        assertThat(login(email, newPassword).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeletedEmployeeGetsTheSameGeneric401AsAWrongPassword() throws Exception {
        String email = uniqueEmail();
        publish(employeeCreated(id, email, Role.MANAGER, false));
        assertThat(login(email, PASSWORD).statusCode()).isEqualTo(200);

        publish(employeeDeleted(id, 1, email, Role.MANAGER));

        HttpResponse<String> deleted = login(email, PASSWORD);
        HttpResponse<String> unknown = login(uniqueEmail(), PASSWORD);
        assertGeneric401(deleted);
        assertThat(withoutCorrelationId(deleted.body())).isEqualTo(withoutCorrelationId(unknown.body()));
        assertThat(deleted.body()).doesNotContain(email).doesNotContain("deleted");
    }

    @Test
    void anUndeletedEmployeeLogsInAgainWithTheOldPassword() throws Exception {
        String email = uniqueEmail();
        publish(employeeCreated(id, email, Role.AUDITOR, false));
        publish(employeeDeleted(id, 1, email, Role.AUDITOR));
        assertGeneric401(login(email, PASSWORD));

        publish(employeeUndeleted(id, 2, email, Role.AUDITOR));

        HttpResponse<String> response = login(email, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode employee = JSON.readTree(response.body()).get("employee");
        assertThat(employee.get("is_deleted").asBoolean()).isFalse();
        assertThat(employee.get("role").asString()).isEqualTo("auditor");
        assertThat(roleClaim(response)).isEqualTo("auditor");
    }

    @Test
    void olderAndRedeliveredEventsChangeNoLogin() throws Exception {
        String firstEmail = uniqueEmail();
        String email = uniqueEmail();
        publish(employeeCreated(id, firstEmail, Role.SALES_PERSON, false));
        publish(employeeUpdated(id, 1, email, Role.MANAGER, PASSWORD_HASH));
        publish(employeeDeleted(id, 2, email, Role.MANAGER));
        publish(employeeUndeleted(id, 3, email, Role.MANAGER));

        projection.on(employeeUndeleted(id, 3, email, Role.MANAGER), REGULAR);
        projection.on(employeeDeleted(id, 2, email, Role.MANAGER), REGULAR);
        projection.on(employeeUpdated(id, 1, email, Role.ADMIN, BCRYPT.encode("Stale-Password-1")), REGULAR);
        projection.on(employeeCreated(id, firstEmail, Role.SALES_PERSON, false), REGULAR);

        HttpResponse<String> response = login(email, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(roleClaim(response)).isEqualTo("manager");
        assertGeneric401(login(firstEmail, PASSWORD));
        assertGeneric401(login(email, "Stale-Password-1"));
        assertThat(credentialsVersion()).isEqualTo(3);
    }

    /** Publishes one event and waits, as the command side does, until auth-query reports its sequence. */
    private void publish(EmployeeEvent event) {
        events.publish(event);
        await().atMost(WAIT).until(() -> credentialsVersion() >= event.sequence());
    }

    private long credentialsVersion() {
        CredentialsVersion version = queries.query(new FindCredentials(id), CredentialsVersion.class).join();
        return version == null ? -1 : version.version();
    }

    private static void assertGeneric401(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo(GENERIC_401);
        assertThat(response.body()).doesNotContain(PASSWORD).doesNotContain("access_token");
    }

    private static String roleClaim(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        String token = JSON.readTree(response.body()).get("access_token").asString();
        return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("role");
    }

    private HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        String json = JSON.writeValueAsString(Map.of("email", email, "password", password));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
