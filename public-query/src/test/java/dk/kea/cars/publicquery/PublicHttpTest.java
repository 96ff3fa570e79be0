package dk.kea.cars.publicquery;

import static org.axonframework.eventhandling.ReplayStatus.REGULAR;

import static dk.kea.cars.publicquery.PublicEvents.accessoryCreated;
import static dk.kea.cars.publicquery.PublicEvents.brandCreated;
import static dk.kea.cars.publicquery.PublicEvents.brandUpdated;
import static dk.kea.cars.publicquery.PublicEvents.colorCreated;
import static dk.kea.cars.publicquery.PublicEvents.insuranceCreated;
import static dk.kea.cars.publicquery.PublicEvents.modelCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.publicquery.accessory.PublicAccessoryProjection;
import dk.kea.cars.publicquery.brand.PublicBrandProjection;
import dk.kea.cars.publicquery.color.PublicColorProjection;
import dk.kea.cars.publicquery.insurance.PublicInsuranceProjection;
import dk.kea.cars.publicquery.model.PublicModelProjection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.server.LocalManagementPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public REST API over real HTTP, anonymous, on top of documents the projections stored. */
class PublicHttpTest extends PublicQueryTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;
    @Autowired
    PublicBrandProjection brands;
    @Autowired
    PublicColorProjection colors;
    @Autowired
    PublicModelProjection models;
    @Autowired
    PublicAccessoryProjection accessories;
    @Autowired
    PublicInsuranceProjection insurances;
    @Autowired
    EventGateway events;

    @Test
    void brandsAreListedByNameWithoutVersionInSnakeCase() throws Exception {
        brands.on(brandCreated(UUID.randomUUID(), "Volvo"), REGULAR);
        brands.on(brandCreated(UUID.randomUUID(), "Audi"), REGULAR);
        brands.on(brandCreated(UUID.randomUUID(), "Tesla"), REGULAR);

        HttpResponse<String> response = get("/api/public/brands");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.findValuesAsString("name")).containsExactly("Audi", "Tesla", "Volvo");
        assertThat(body.get(0).get("logo_url").asString()).isEqualTo("https://img.example/Audi.png");
        assertThat(body.get(0).has("version")).isFalse();
    }

    /** Without a reader URI the API's reader connects like the projection's writer and sees what it stored. */
    @Test
    void aPublishedEventReachesTheApiThroughTheReader() {
        UUID id = UUID.randomUUID();

        events.publish(brandCreated(id, "Saab"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(get("/api/public/brands/" + id).statusCode()).isEqualTo(200));
    }

    @Test
    void oneBrandCarriesItsVersionAsETag() throws Exception {
        UUID id = UUID.randomUUID();
        brands.on(brandCreated(id, "Volvo"), REGULAR);
        brands.on(brandUpdated(id, 1, "Volvo Cars"), REGULAR);

        HttpResponse<String> response = get("/api/public/brands/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("id").asString()).isEqualTo(id.toString());
        assertThat(body.get("name").asString()).isEqualTo("Volvo Cars");
        assertThat(body.has("version")).isFalse();
    }

    @Test
    void headAnswersLikeGetWithoutBody() throws Exception {
        UUID id = UUID.randomUUID();
        brands.on(brandCreated(id, "Volvo"), REGULAR);

        HttpResponse<String> response = send(request("/api/public/brands/" + id).method("HEAD",
                HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void colorsAccessoriesAndInsurancesShowExactPrices() throws Exception {
        UUID red = UUID.randomUUID();
        UUID towbar = UUID.randomUUID();
        UUID theft = UUID.randomUUID();
        colors.on(colorCreated(red, "Red", "1500.5"), REGULAR);
        accessories.on(accessoryCreated(towbar, "Towbar", "7999.99"), REGULAR);
        insurances.on(insuranceCreated(theft, "Theft", "1200"), REGULAR);

        JsonNode color = JSON.readTree(get("/api/public/colors/" + red).body());
        JsonNode accessory = JSON.readTree(get("/api/public/accessories").body()).get(0);
        HttpResponse<String> insurance = get("/api/public/insurances/" + theft);

        assertThat(color.get("price").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(color.get("red_value").asInt()).isEqualTo(10);
        assertThat(color.get("blue_value").asInt()).isEqualTo(30);
        assertThat(accessory.get("id").asString()).isEqualTo(towbar.toString());
        assertThat(accessory.get("price").decimalValue()).isEqualByComparingTo("7999.99");
        assertThat(insurance.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(insurance.body()).contains("\"price\":1200");
    }

    @Test
    void modelsOfOneBrandCarryTheirBrandAndColors() throws Exception {
        UUID volvo = UUID.randomUUID();
        UUID audi = UUID.randomUUID();
        UUID red = UUID.randomUUID();
        UUID blue = UUID.randomUUID();
        brands.on(brandCreated(volvo, "Volvo"), REGULAR);
        brands.on(brandCreated(audi, "Audi"), REGULAR);
        colors.on(colorCreated(red, "Red", "0.00"), REGULAR);
        colors.on(colorCreated(blue, "Blue", "1500.00"), REGULAR);
        models.on(modelCreated(UUID.randomUUID(), volvo, "XC90", red), REGULAR);
        models.on(modelCreated(UUID.randomUUID(), volvo, "XC40", red, blue), REGULAR);
        models.on(modelCreated(UUID.randomUUID(), audi, "A4", blue), REGULAR);

        HttpResponse<String> response = get("/api/public/models?brand_id=" + volvo);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body).hasSize(2);
        JsonNode xc40 = body.get(0);
        assertThat(xc40.get("name").asString()).isEqualTo("XC40");
        assertThat(xc40.get("image_url").asString()).isEqualTo("https://img.example/XC40.jpg");
        assertThat(xc40.get("brand").get("id").asString()).isEqualTo(volvo.toString());
        assertThat(xc40.get("brand").get("name").asString()).isEqualTo("Volvo");
        assertThat(xc40.get("brand").has("version")).isFalse();
        assertThat(xc40.get("colors").findValuesAsString("name")).containsExactly("Blue", "Red");
        assertThat(xc40.get("colors").get(0).has("version")).isFalse();
        assertThat(body.get(1).get("name").asString()).isEqualTo("XC90");
        assertThat(JSON.readTree(get("/api/public/models").body())).hasSize(3);
    }

    @Test
    void unknownBrandFilterIsNotFound() throws Exception {
        UUID unknown = UUID.randomUUID();

        HttpResponse<String> response = get("/api/public/models?brand_id=" + unknown);

        assertProblem(response, 404);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(unknown.toString());
    }

    @Test
    void malformedBrandFilterIsInvalidInput() throws Exception {
        HttpResponse<String> response = get("/api/public/models?brand_id=not-a-uuid");

        assertProblem(response, 422);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("brand_id");
        assertThat(error.get("message").asString()).isEqualTo("must be a valid UUID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brands", "colors", "accessories", "insurances", "models"})
    void unknownIdIsNotFoundProblem(String resource) throws Exception {
        UUID unknown = UUID.randomUUID();

        HttpResponse<String> response = get("/api/public/" + resource + "/" + unknown);

        assertProblem(response, 404);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString()).contains(unknown.toString());
        assertThat(problem.get("instance").asString()).isEqualTo("/api/public/" + resource + "/" + unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"brands", "colors", "accessories", "insurances", "models"})
    void malformedIdIsInvalidInput(String resource) throws Exception {
        HttpResponse<String> response = get("/api/public/" + resource + "/12345");

        assertProblem(response, 422);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void writingMethodsAreRefused(String method) throws Exception {
        HttpResponse<String> response = send(request("/api/public/brands")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{\"name\":\"Hacked\"}")));

        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(mongo.getCollection("public_brands").countDocuments()).isZero();
    }

    @Test
    void browserOnAnAllowedOriginMayRead() throws Exception {
        UUID id = UUID.randomUUID();
        brands.on(brandCreated(id, "Volvo"), REGULAR);

        HttpResponse<String> preflight = send(request("/api/public/brands/" + id)
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> read = send(request("/api/public/brands/" + id).header("Origin", "http://localhost:3000")
                .GET());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("ETag"));
    }

    @Test
    void browsersOnOtherOriginsOrWithWritingMethodsGetA403Problem() throws Exception {
        HttpResponse<String> foreign = send(request("/api/public/brands")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> writing = send(request("/api/public/brands")
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "DELETE")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> foreignRead = send(request("/api/public/brands")
                .header("Origin", "https://elsewhere.example").GET());

        for (HttpResponse<String> response : List.of(foreign, writing, foreignRead)) {
            assertRefusal(response, 403, "cors-refused");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(response.body()).doesNotContain("elsewhere").doesNotContain("localhost");
        }
    }

    @Test
    void pathsTheFirewallRefusesAreA400ProblemThatDoesNotEchoThePath() throws Exception {
        for (String path : List.of("/api/public/brands/%2e%2e/x", "/api/public/brands;jsessionid=x",
                "/api/public/brands/%25", "/api/public//brands", "/api/public/brands/a%2Fb",
                "/api/public/brands/a%5Cb")) {
            HttpResponse<String> response = get(path);

            assertRefusal(response, 400, "bad-request");
            assertThat(response.body()).as(path).doesNotContain(path).doesNotContain("brands");
        }
    }

    /** TLS ends at the ingress, which says so in X-Forwarded-Proto; HSTS is for such requests only. */
    @Test
    void hstsIsSentWhenTheRequestCameOverTlsAndOnlyThen() throws Exception {
        HttpResponse<String> overTls = send(request("/api/public/brands").header("X-Forwarded-Proto", "https").GET());
        HttpResponse<String> plain = get("/api/public/brands");

        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).containsPattern("max-age=[1-9][0-9]*"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void platformEndpointsAreOpenAnonymously() throws Exception {
        assertThat(management("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(management("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isIn(401, 404);
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void apiDocsDescribeTheBodiesAsTheyAreSent() throws Exception {
        JsonNode docs = JSON.readTree(get("/v3/api-docs").body());

        JsonNode brand = docs.at("/components/schemas/BrandView/properties");
        assertThat(brand.propertyNames()).containsExactlyInAnyOrder("id", "name", "logo_url");
        assertThat(brand.get("logo_url").get("description").asString()).isNotBlank();
        assertThat(docs.at("/components/schemas/ColorView/properties").has("red_value")).isTrue();
        JsonNode getBrand = docs.at("/paths/~1api~1public~1brands~1{id}/get");
        assertThat(getBrand.get("summary").asString()).isNotBlank();
        assertThat(getBrand.at("/responses/200/headers").has("ETag")).isTrue();
        assertThat(getBrand.at("/responses/404/content").has("application/problem+json")).isTrue();
    }

    private void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        for (String field : new String[] {"type", "title", "detail", "instance"}) {
            assertThat(problem.hasNonNull(field)).as(field).isTrue();
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("dk.kea");
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
