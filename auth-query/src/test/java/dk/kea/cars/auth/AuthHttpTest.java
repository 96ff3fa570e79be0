package dk.kea.cars.auth;

import static org.axonframework.eventhandling.ReplayStatus.REGULAR;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.auth.credentials.CredentialsProjection;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.server.LocalManagementPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Login, token form and JWKS over real HTTP, against credentials the projection stored. */
class AuthHttpTest extends AuthQueryTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;
    @Autowired
    CredentialsProjection projection;
    @Value("${kea.auth.throttle.free-failures-per-email-and-address}")
    int freeFailuresPerEmail;

    @Test
    void loginAnswersATokenThatTheServedJwksVerifies() throws Exception {
        UUID id = UUID.randomUUID();
        String email = uniqueEmail();
        projection.on(employeeCreated(id, email, Role.SALES_PERSON, false), REGULAR);

        HttpResponse<String> response = login(email, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(1200);
        assertThat(body.get("employee").propertyNames())
                .containsExactlyInAnyOrder("id", "email", "first_name", "last_name", "role", "is_deleted");
        assertThat(body.get("employee").get("id").asString()).isEqualTo(id.toString());
        assertThat(body.get("employee").get("role").asString()).isEqualTo("sales_person");
        assertThat(body.get("employee").get("is_deleted").asBoolean()).isFalse();
        assertThat(response.body()).doesNotContain(PASSWORD_HASH).doesNotContain(PASSWORD);

        SignedJWT token = SignedJWT.parse(body.get("access_token").asString());
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWK key = servedKeys().getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(key).as("the token's kid is in the JWKS").isNotNull();
        assertThat(token.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();

        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(id.toString());
        assertThat(claims.getStringClaim("role")).isEqualTo("sales_person");
        assertThat(claims.getIssuer()).isEqualTo("kea-cars");
        assertThat(claims.getAudience()).containsExactly("kea-cars-api");
        assertThat(claims.getIssueTime().toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(1_200_000);
    }

    @Test
    void jwksServesPublicPartsOnly() throws Exception {
        HttpResponse<String> response = get("/api/auth/.well-known/jwks.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode key = JSON.readTree(response.body()).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("alg").asString()).isEqualTo("RS256");
        assertThat(key.get("use").asString()).isEqualTo("sig");
        assertThat(key.propertyNames()).contains("n", "e", "kid").doesNotContain("d", "p", "q", "dp", "dq", "qi");
    }

    @Test
    void emailIsMatchedAfterTheSameNormalisationAsAtCreation() throws Exception {
        String email = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);

        String typed = "  " + email.replace("@kea-cars.dk", "@KEA-Cars.DK") + " ";

        assertThat(login(typed, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordUnknownEmailAndDeletedEmployeeLookTheSame() throws Exception {
        String email = uniqueEmail();
        String deleted = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);
        projection.on(employeeCreated(UUID.randomUUID(), deleted, Role.ADMIN, true), REGULAR);

        HttpResponse<String> wrongPassword = login(email, "Wrong-Password-1");
        HttpResponse<String> unknownEmail = login(uniqueEmail(), "Wrong-Password-1");
        HttpResponse<String> deletedEmployee = login(deleted, PASSWORD);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(deletedEmployee.statusCode()).isEqualTo(401);
        assertThat(withoutCorrelationId(unknownEmail.body())).isEqualTo(withoutCorrelationId(wrongPassword.body()));
        assertThat(withoutCorrelationId(deletedEmployee.body()))
                .isEqualTo(withoutCorrelationId(wrongPassword.body()));
        JsonNode problem = JSON.readTree(wrongPassword.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).isEqualTo("The email or password is not correct.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/auth/login");
        assertThat(wrongPassword.body()).doesNotContain("Wrong-Password-1").doesNotContain(email);
    }

    @Test
    void passwordLongerThanBcryptReadsIsJustWrong() throws Exception {
        String email = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);

        assertThat(login(email, PASSWORD + "x".repeat(80)).statusCode()).isEqualTo(401);
    }

    @Test
    void oauthPasswordFormLogsIn() throws Exception {
        UUID id = UUID.randomUUID();
        String email = uniqueEmail();
        projection.on(employeeCreated(id, email, Role.AUDITOR, false), REGULAR);

        HttpResponse<String> response = form("/api/auth/token",
                Map.of("grant_type", "password", "username", email, "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("employee").get("role").asString()).isEqualTo("auditor");
        assertThat(SignedJWT.parse(body.get("access_token").asString()).getJWTClaimsSet().getSubject())
                .isEqualTo(id.toString());
    }

    @Test
    void formWithAWrongPasswordIsRefusedLikeJson() throws Exception {
        String email = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.AUDITOR, false), REGULAR);

        HttpResponse<String> response = form("/api/auth/token", Map.of("username", email, "password", "nope-nope"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("The email or password is not correct.");
    }

    @Test
    void unknownJsonFieldIsInvalidInput() throws Exception {
        HttpResponse<String> response = post("/api/auth/login",
                "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"x\",\"remember_me\":true}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("remember_me");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("dk.kea");
    }

    @Test
    void missingCredentialsAreInvalidInput() throws Exception {
        HttpResponse<String> response = post("/api/auth/login", "{\"email\":\"  \"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field"))
                .containsExactly("email", "password");
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        HttpResponse<String> response = post("/api/auth/login", "{\"email\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void repeatedFailuresForOneEmailFromOneAddressAreThrottledThereEvenWithTheRightPassword() throws Exception {
        String email = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(login(email, "Wrong-Password-1").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = login(email, PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 15 * 60L + 1));
        assertThat(JSON.readTree(throttled.body()).get("status").asInt()).isEqualTo(429);
    }

    @Test
    void elevenFastWrongLoginsForOneEmailAreThrottledWhileAnotherEmailStillLogsInFromTheSameAddress() throws Exception {
        String email = uniqueEmail();
        String other = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);
        projection.on(employeeCreated(UUID.randomUUID(), other, Role.MANAGER, false), REGULAR);
        String wrong = "Wrong-" + UUID.randomUUID();
        assertThat(freeFailuresPerEmail).isBetween(1, 10);

        HttpResponse<String> throttled = null;
        int answeredAt = 0;
        for (int attempt = 1; attempt <= 11 && throttled == null; attempt++) {
            HttpResponse<String> response = login(email, wrong);
            if (response.statusCode() == 429) {
                throttled = response;
                answeredAt = attempt;
            } else {
                assertThat(response.statusCode()).as("attempt %d", attempt).isEqualTo(401);
            }
        }

        assertThat(throttled).as("throttled within 11 attempts").isNotNull();
        assertThat(answeredAt).isEqualTo(freeFailuresPerEmail + 1);
        assertThat(throttled.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 15 * 60L + 1));
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        JsonNode problem = JSON.readTree(throttled.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:too-many-logins");
        assertThat(throttled.body()).doesNotContain(wrong).doesNotContain(email).doesNotContain("Exception");
        // the right password does not get through either, while another email from the same address does
        assertThat(login(email, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(login(other, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginResetsTheEmailsFailures() throws Exception {
        String email = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);
        for (int round = 0; round < 3; round++) {
            for (int attempt = 1; attempt < freeFailuresPerEmail; attempt++) {
                assertThat(login(email, "Wrong-Password-1").statusCode()).isEqualTo(401);
            }
            assertThat(login(email, PASSWORD).statusCode()).as("round %d", round).isEqualTo(200);
        }
    }

    @Test
    void hostileInputIsRefusedPlainlyAndNeverEchoed() throws Exception {
        String hostilePassword = "<script>\"'$gt";
        String hostileEmail = "{\"$gt\":\"\"}";
        String email = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);

        List<HttpResponse<String>> responses = List.of(
                login(hostileEmail, hostilePassword),
                login(email, hostilePassword),
                login(hostileEmail, PASSWORD),
                form("/api/auth/token", Map.of("username", hostileEmail, "password", hostilePassword)),
                // an operator object instead of a string is a type error, never a query
                post("/api/auth/login", "{\"email\":{\"$gt\":\"\"},\"password\":\"" + "<script>\\\"'$gt" + "\"}"),
                post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":{\"$gt\":\"\"}}"),
                post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":[\"<script>\"]}"));

        assertThat(responses).extracting(HttpResponse::statusCode)
                .containsExactly(401, 401, 401, 401, 422, 422, 422);
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.body()).doesNotContain(hostilePassword).doesNotContain("<script>")
                    .doesNotContain(hostileEmail).doesNotContain("$gt").doesNotContain(email)
                    .doesNotContain("Exception").doesNotContain("tools.jackson").doesNotContain("dk.kea")
                    .doesNotContain("\tat ").doesNotContain("java.");
        }
        assertThat(login(email, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void everyAuthResponseIsNotStored() throws Exception {
        String email = uniqueEmail();
        projection.on(employeeCreated(UUID.randomUUID(), email, Role.ADMIN, false), REGULAR);

        List<HttpResponse<String>> responses = List.of(
                login(email, PASSWORD),
                form("/api/auth/token", Map.of("username", email, "password", PASSWORD)),
                login(uniqueEmail(), "Wrong-Password-1"),
                post("/api/auth/login", "{\"email\":\"  \"}"),
                post("/api/auth/login", "{\"email\":"),
                get("/api/auth/.well-known/jwks.json"),
                get("/api/auth/login"),
                get("/api/auth/nothing-here"),
                send(request("/api/auth/login").header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("x"))));

        assertThat(responses).extracting(HttpResponse::statusCode)
                .containsExactly(200, 200, 401, 422, 400, 200, 401, 401, 415);
        assertThat(responses).allSatisfy(response -> assertThat(response.headers().allValues("Cache-Control"))
                .as("Cache-Control of %s", response.uri()).anySatisfy(value -> assertThat(value).contains("no-store")));
        assertThat(responses.get(8).body()).doesNotContain("Exception").doesNotContain("dk.kea");
    }

    @Test
    void otherPathsAndMethodsUnderAuthAreClosed() throws Exception {
        assertThat(get("/api/auth/login").statusCode()).isEqualTo(401);
        assertThat(post("/api/auth/.well-known/jwks.json", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void browserOnAnAllowedOriginMayPostALogin() throws Exception {
        HttpResponse<String> preflight = send(request("/api/auth/login")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> foreign = send(request("/api/auth/login")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertRefusal(foreign, 403, "cors-refused");
        assertThat(foreign.body()).doesNotContain("elsewhere");
    }

    @Test
    void pathsTheFirewallRefusesAreA400ProblemThatDoesNotEchoThePath() throws Exception {
        for (String path : List.of("/api/auth/%2e%2e/login", "/api/auth/login;jsessionid=x", "/api/auth/%25",
                "/api/auth//login", "/api/auth/a%2Fb", "/api/auth/a%5Cb")) {
            HttpResponse<String> response = post(path, "{}");

            assertRefusal(response, 400, "bad-request");
            assertThat(response.body()).as(path).doesNotContain(path).doesNotContain("/api/auth");
        }
    }

    /** TLS ends at the ingress, which says so in X-Forwarded-Proto; HSTS is for such requests only. */
    @Test
    void hstsIsSentWhenTheRequestCameOverTlsAndOnlyThen() throws Exception {
        HttpResponse<String> overTls = send(request("/api/auth/.well-known/jwks.json")
                .header("X-Forwarded-Proto", "https").GET());
        HttpResponse<String> plain = get("/api/auth/.well-known/jwks.json");

        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).containsPattern("max-age=[1-9][0-9]*"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** A refusal written before any controller runs: a problem of its own type that names nothing of the request. */
    private static void assertRefusal(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.has("instance")).isFalse();
    }

    @Test
    void platformEndpointsAndDocsAreOpen() throws Exception {
        assertThat(management("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(management("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isIn(401, 404);
        JsonNode docs = JSON.readTree(get("/v3/api-docs").body());
        assertThat(docs.at("/components/schemas/AuthTokenResponse/properties").propertyNames())
                .containsExactlyInAnyOrder("access_token", "token_type", "expires_in", "employee");
        assertThat(docs.at("/components/schemas/EmployeeView/properties").has("version")).isFalse();
        assertThat(docs.at("/components/securitySchemes/bearer/flows/password/tokenUrl").asString())
                .isEqualTo("/api/auth/token");
        assertThat(docs.at("/paths/~1api~1auth~1login/post/responses/401/content").has("application/problem+json"))
                .isTrue();
    }

    private JWKSet servedKeys() throws Exception {
        return JWKSet.parse(get("/api/auth/.well-known/jwks.json").body());
    }

    private HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        return post("/api/auth/login", JSON.writeValueAsString(Map.of("email", email, "password", password)));
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> form(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Actuator endpoints are served on the management port only, never on the public one. */
    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path)).GET());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
