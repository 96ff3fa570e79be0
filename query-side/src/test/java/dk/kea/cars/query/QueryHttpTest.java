package dk.kea.cars.query;

import org.axonframework.eventhandling.ReplayStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.model.ModelCreated;
import dk.kea.cars.query.brand.BrandProjection;
import dk.kea.cars.query.color.ColorProjection;
import dk.kea.cars.query.employee.EmployeeProjection;
import dk.kea.cars.query.insurance.InsuranceProjection;
import dk.kea.cars.query.model.ModelProjection;
import dk.kea.cars.query.support.TestJwksController;
import dk.kea.cars.query.support.TestTokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The read API over real HTTP, with tokens verified against a JWKS this very server publishes. */
@Tag("store")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestJwksController.class, QueryHttpTest.FailingController.class})
class QueryHttpTest {

    /** A query-side controller hitting a real fault, to see what the client learns about it. */
    @RestController
    static class FailingController {

        @GetMapping("/api/test-failure")
        String fail() {
            throw new IllegalStateException("SQL [select secret from qry_employee] failed");
        }
    }

    static final UUID SALES = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID OTHER_SALES = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    static final UUID MANAGER = UUID.fromString("00000000-0000-0000-0000-00000000a003");
    static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000a004");
    static final UUID AUDITOR = UUID.fromString("00000000-0000-0000-0000-00000000a005");
    static final UUID DELETED = UUID.fromString("00000000-0000-0000-0000-00000000a006");
    static final UUID INSURANCE = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    static final UUID BRAND = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID EMPTY_BRAND = UUID.fromString("00000000-0000-0000-0000-00000000c002");
    static final UUID RED = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    static final UUID BLUE = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    static final UUID MODEL_A4 = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    static final UUID MODEL_A1 = UUID.fromString("00000000-0000-0000-0000-00000000e002");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    EmployeeProjection employees;
    @Autowired
    InsuranceProjection insurances;
    @Autowired
    BrandProjection brands;
    @Autowired
    ColorProjection colors;
    @Autowired
    ModelProjection models;

    /** Every test replays the same events; the projections ignore what they already applied. */
    @BeforeEach
    void readModel() {
        employee(SALES, "Sofie", "sofie@kea.dk", Role.SALES_PERSON, false);
        employee(OTHER_SALES, "Bo", "bo.sales@kea.dk", Role.SALES_PERSON, false);
        employee(MANAGER, "Mette", "mette@kea.dk", Role.MANAGER, false);
        employee(ADMIN, "Anna", "anna@kea.dk", Role.ADMIN, false);
        employee(AUDITOR, "Ulla", "ulla@kea.dk", Role.AUDITOR, false);
        employee(DELETED, "Dennis", "dennis@kea.dk", Role.ADMIN, true);
        insurances.on(new InsuranceCreated(INSURANCE, 0, Instant.now(), "Full Cover", new BigDecimal("1200")), ReplayStatus.REGULAR);
        insurances.on(new InsuranceUpdated(INSURANCE, 1, Instant.now(), "Full Coverage", new BigDecimal("1500")), ReplayStatus.REGULAR);
        insurances.on(new InsuranceCreated(UUID.randomUUID(), 0, Instant.now(), "Basic Cover", BigDecimal.TEN), ReplayStatus.REGULAR);
        brands.on(new BrandCreated(BRAND, 0, Instant.now(), "Audi", "https://img.example/audi.png"), ReplayStatus.REGULAR);
        brands.on(new BrandCreated(EMPTY_BRAND, 0, Instant.now(), "Empty Brand", "https://img.example/e.png"), ReplayStatus.REGULAR);
        colors.on(new ColorCreated(RED, 0, Instant.now(), "Red", BigDecimal.ZERO, 255, 0, 0), ReplayStatus.REGULAR);
        colors.on(new ColorCreated(BLUE, 0, Instant.now(), "Blue", new BigDecimal("999.99"), 0, 0, 255), ReplayStatus.REGULAR);
        model(MODEL_A4, "A4");
        model(MODEL_A1, "A1");
    }

    @Test
    void anonymousCallsAreUnauthorizedWithAProblem() throws Exception {
        HttpResponse<String> response = get("/api/insurances", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertProblem(response, 401, "/api/insurances");
    }

    @Test
    void forgedExpiredOrMisaddressedTokensAreUnauthorized() throws Exception {
        List<String> badTokens = List.of(
                TestTokens.signedByStranger(SALES, "sales_person"),
                TestTokens.hmacSigned(SALES, "sales_person"),
                TestTokens.expired(SALES, "sales_person"),
                TestTokens.forAudience(SALES, "sales_person", "someone-else"),
                "not-a-jwt");
        for (String token : badTokens) {
            HttpResponse<String> response = get("/api/insurances", token);
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertProblem(response, 401, "/api/insurances");
        }
    }

    @Test
    void aSalesPersonReadsAnInsuranceWithItsVersionAsETag() throws Exception {
        HttpResponse<String> response = get("/api/insurances/" + INSURANCE, token(SALES));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(response.body()).contains("\"price\":1500.00");
        JsonNode body = json.readTree(response.body());
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("id", "name", "price");
        assertThat(body.get("name").asText()).isEqualTo("Full Coverage");
    }

    @Test
    void headAnswersTheETagWithoutABody() throws Exception {
        HttpRequest request = request("/api/insurances/" + INSURANCE, token(SALES))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void listsAreArraysSortedByName() throws Exception {
        for (String path : List.of("/api/insurances", "/api/brands", "/api/colors", "/api/accessories",
                "/api/models")) {
            HttpResponse<String> response = get(path, token(AUDITOR));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            JsonNode body = json.readTree(response.body());
            assertThat(body.isArray()).as(path).isTrue();
            List<String> names = new ArrayList<>();
            body.forEach(item -> names.add(item.get("name").asText()));
            assertThat(names).as(path).isSorted();
            body.forEach(item -> assertThat(item.has("version")).as(path).isFalse());
        }
        assertThat(namesOf(get("/api/insurances?limit=1000", token(SALES)))).contains("Basic Cover", "Full Coverage");
    }

    @Test
    void aMalformedUuidIsInvalidInput() throws Exception {
        HttpResponse<String> response = get("/api/insurances/not-a-uuid", token(SALES));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = assertProblem(response, 422, "/api/insurances/not-a-uuid");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("id");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("UUID");
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        UUID unknown = UUID.randomUUID();
        for (String path : List.of("/api/insurances/", "/api/brands/", "/api/colors/", "/api/accessories/",
                "/api/models/", "/api/employees/")) {
            HttpResponse<String> response = get(path + unknown, token(MANAGER));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(assertProblem(response, 404, path + unknown).get("detail").asText()).contains(unknown.toString());
        }
    }

    @Test
    void modelsEmbedBrandAndColorsAndFilterByBrand() throws Exception {
        HttpResponse<String> one = get("/api/models/" + MODEL_A4, token(SALES));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("ETag")).hasValue("\"0\"");
        JsonNode model = json.readTree(one.body());
        assertThat(fieldNames(model)).containsExactlyInAnyOrder("id", "name", "price", "image_url", "brand", "colors");
        assertThat(fieldNames(model.get("brand"))).containsExactlyInAnyOrder("id", "name", "logo_url");
        assertThat(model.get("colors").get(0).get("name").asText()).isEqualTo("Blue");
        assertThat(model.get("colors").get(0).get("red_value").asInt()).isZero();
        assertThat(model.get("colors").get(0).has("version")).isFalse();

        assertThat(namesOf(get("/api/models?brand_id=" + BRAND, token(SALES)))).containsExactly("A1", "A4");
        assertThat(namesOf(get("/api/models?brand_id=" + EMPTY_BRAND, token(SALES)))).isEmpty();
    }

    @Test
    void anUnknownOrMalformedBrandFilterIsAProblem() throws Exception {
        UUID unknown = UUID.randomUUID();
        HttpResponse<String> missing = get("/api/models?brand_id=" + unknown, token(SALES));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(assertProblem(missing, 404, "/api/models").get("detail").asText()).contains(unknown.toString());

        HttpResponse<String> malformed = get("/api/models?brand_id=audi", token(SALES));
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(assertProblem(malformed, 422, "/api/models").get("errors").get(0).get("field").asText())
                .isEqualTo("brand_id");
    }

    @Test
    void aDeletedEmployeesTokenIsForbidden() throws Exception {
        HttpResponse<String> response = get("/api/insurances/" + INSURANCE, TestTokens.valid(DELETED, "admin"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403, "/api/insurances/" + INSURANCE);
    }

    @Test
    void aValidlySignedTokenOfNoEmployeeAuthenticatesNobody() throws Exception {
        HttpResponse<String> response = get("/api/insurances/" + INSURANCE,
                TestTokens.valid(UUID.randomUUID(), "admin"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401, "/api/insurances/" + INSURANCE);
    }

    @Test
    void aSalesPersonSeesOnlyItselfAmongEmployees() throws Exception {
        HttpResponse<String> list = get("/api/employees", token(SALES));
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode employeesSeen = json.readTree(list.body());
        assertThat(employeesSeen.size()).isEqualTo(1);
        assertThat(employeesSeen.get(0).get("id").asText()).isEqualTo(SALES.toString());

        HttpResponse<String> self = get("/api/employees/" + SALES, token(SALES));
        assertThat(self.statusCode()).isEqualTo(200);
        assertThat(self.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(fieldNames(json.readTree(self.body())))
                .containsExactlyInAnyOrder("id", "email", "first_name", "last_name", "role", "is_deleted");
        assertThat(json.readTree(self.body()).get("role").asText()).isEqualTo("sales_person");

        HttpResponse<String> other = get("/api/employees/" + OTHER_SALES, token(SALES));
        assertThat(other.statusCode()).isEqualTo(403);
        assertProblem(other, 403, "/api/employees/" + OTHER_SALES);
    }

    @Test
    void theRoleComesFromTheReadModelNotFromTheToken() throws Exception {
        HttpResponse<String> list = get("/api/employees", TestTokens.valid(SALES, "admin"));

        assertThat(json.readTree(list.body()).size()).isEqualTo(1);
    }

    @Test
    void managersAdminsAndAuditorsSeeEveryEmployeeWithFilters() throws Exception {
        for (UUID reader : List.of(MANAGER, ADMIN, AUDITOR)) {
            HttpResponse<String> response = get("/api/employees", token(reader));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json.readTree(response.body()).size()).isGreaterThanOrEqualTo(5);
            assertThat(get("/api/employees/" + OTHER_SALES, token(reader)).statusCode()).isEqualTo(200);
        }
        List<String> deletedOnly = idsWithDeletedFlag(get("/api/employees?deleted=true&limit=1000", token(MANAGER)), true);
        assertThat(deletedOnly).contains(DELETED.toString()).doesNotContain(MANAGER.toString());
        List<String> activeOnly = idsWithDeletedFlag(get("/api/employees?deleted=false&limit=1000", token(MANAGER)), false);
        assertThat(activeOnly).contains(MANAGER.toString()).doesNotContain(DELETED.toString());
        assertThat(json.readTree(get("/api/employees?limit=2&offset=1", token(MANAGER)).body()).size()).isEqualTo(2);
    }

    @Test
    void theEmployeeListShowsActiveEmployeesUnlessDeletedOnesAreAskedFor() throws Exception {
        List<String> byDefault = idsWithDeletedFlag(get("/api/employees?limit=1000", token(MANAGER)), false);
        assertThat(byDefault).contains(MANAGER.toString(), SALES.toString()).doesNotContain(DELETED.toString());
        assertThat(idsWithDeletedFlag(get("/api/employees?deleted=true&limit=1000", token(ADMIN)), true))
                .contains(DELETED.toString()).doesNotContain(MANAGER.toString());
    }

    @Test
    void anInvalidPageIsInvalidInput() throws Exception {
        HttpResponse<String> response = get("/api/employees?limit=0&offset=-1", token(MANAGER));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = assertProblem(response, 422, "/api/employees").get("errors");
        assertThat(List.of(errors.get(0).get("field").asText(), errors.get(1).get("field").asText()))
                .containsExactly("limit", "offset");
    }

    @Test
    void healthAndApiDocsAreOpenOtherActuatorEndpointsAreNot() throws Exception {
        assertThat(management("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(management("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/prometheus", null).statusCode()).isIn(401, 404);
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(docs.body());
        assertThat(api.get("paths").has("/api/insurances/{id}")).isTrue();
        assertThat(fieldNames(api.at("/components/schemas/EmployeeView/properties")))
                .containsExactlyInAnyOrder("id", "email", "first_name", "last_name", "role", "is_deleted");
        assertThat(api.at("/paths/~1api~1models/get/responses/422/content")
                .has("application/problem+json")).isTrue();
        assertThat(get("/actuator/env", null).statusCode()).isEqualTo(401);
    }

    /** The command side rebuilds entities as of an instant; without it (not running here) the answer is a 503. */
    @Test
    void asOfWithoutTheCommandSideIsA503ProblemToRetry() throws Exception {
        HttpResponse<String> response = get("/api/audit/insurance/" + INSURANCE + "?as_of=2026-12-01T12:00:00Z",
                token(AUDITOR));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.body()).contains("urn:kea-cars:problem:service-unavailable")
                .doesNotContain("Exception").doesNotContain("FindStateAsOf");
    }

    @Test
    void aRealFaultIsAGenericProblemWithACorrelationId() throws Exception {
        HttpResponse<String> response = get("/api/test-failure", token(SALES));

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode problem = assertProblem(response, 500, "/api/test-failure");
        assertThat(response.body()).doesNotContain("secret", "SQL", "IllegalState", "at dk.");
        assertThat(problem.get("detail").asText()).contains(problem.get("correlation_id").asText());
    }

    @Test
    void anUnacceptableMediaTypeIsAProblem() throws Exception {
        HttpRequest request = request("/api/insurances", token(SALES)).header("Accept", "application/xml").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(406);
        assertProblem(response, 406, "/api/insurances");
    }

    @Test
    void pathsTheFirewallRefusesAreA400ProblemThatDoesNotEchoThePath() throws Exception {
        for (String path : List.of("/api/insurances/%2e%2e/x", "/api/insurances;jsessionid=x", "/api/insurances/%25",
                "/api//insurances", "/api/insurances/a%2Fb", "/api/insurances/a%5Cb")) {
            HttpResponse<String> response = get(path, token(SALES));

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("type").asText()).as(path).isEqualTo("urn:kea-cars:problem:bad-request");
            assertThat(problem.get("detail").asText()).as(path).isNotBlank();
            assertThat(problem.has("instance")).as(path).isFalse();
            assertThat(response.body()).as(path).doesNotContain(path).doesNotContain("insurances");
        }
    }

    /** TLS ends at the ingress, which says so in X-Forwarded-Proto; HSTS is for such requests only. */
    @Test
    void hstsIsSentWhenTheRequestCameOverTlsAndOnlyThen() throws Exception {
        HttpResponse<String> overTls = http.send(request("/api/insurances", token(SALES))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plain = get("/api/insurances", token(SALES));

        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).containsPattern("max-age=[1-9][0-9]*"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String instance) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception", "dk.kea");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asText()).isEqualTo(instance);
        return problem;
    }

    /** The ids of the listed employees, each of which must carry {@code is_deleted = deleted}. */
    private List<String> idsWithDeletedFlag(HttpResponse<String> response, boolean deleted) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json.readTree(response.body()).forEach(item -> {
            assertThat(item.get("is_deleted").asBoolean()).isEqualTo(deleted);
            ids.add(item.get("id").asText());
        });
        return ids;
    }

    private List<String> namesOf(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        json.readTree(response.body()).forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Actuator endpoints are served on the management port only, never on the public one. */
    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static String token(UUID employee) {
        return TestTokens.valid(employee, "whatever-the-token-says");
    }

    private void employee(UUID id, String firstName, String email, Role role, boolean deleted) {
        employees.on(new EmployeeCreated(id, 0, Instant.now(), email, firstName, "Jensen", role, "hash", deleted), ReplayStatus.REGULAR);
    }

    private void model(UUID id, String name) {
        models.on(new ModelCreated(id, 0, Instant.now(), BRAND, name, new BigDecimal("250000"),
                "https://img.example/" + name + ".png", List.of(BLUE, RED)), ReplayStatus.REGULAR);
    }
}
