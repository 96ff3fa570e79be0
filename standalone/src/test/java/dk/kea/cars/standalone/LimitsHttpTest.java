package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Request size limits, response headers and CORS (§2, §8). */
class LimitsHttpTest extends StandaloneTest {

    private static final String EVIL_ORIGIN = "https://evil.example";

    private final HttpClient client = HttpClient.newHttpClient();

    private static String customerWithAddressOf(int length) {
        return "{\"email\":\"" + Names.randomWord().toLowerCase() + "@example.com\",\"first_name\":\"Anna\","
                + "\"last_name\":\"Berg\",\"address\":\"" + "x".repeat(length) + "\"}";
    }

    @Test
    void aBodyOver64KbIs413BeforeAnyoneLooksAtTheToken() {
        String body = customerWithAddressOf(100 * 1024);

        Http.Response withToken = http.post("/api/customers").token(tokenOf(MANAGER)).json(body).send();
        Http.Response withoutToken = http.post("/api/customers").json(body).send();
        Http.Response onPut = http.put("/api/insurances/" + EARTHQUAKE).token(tokenOf(MANAGER)).json(body).send();

        for (Http.Response response : List.of(withToken, withoutToken, onPut)) {
            assertProblem(response, 413);
            assertThat(response.json().hasNonNull("instance")).isTrue();
            TokenAttackHttpTest.assertClean(response);
        }
    }

    @Test
    void aChunkedBodyOver64KbIs413AndASmallChunkedBodyIsServed() throws Exception {
        HttpResponse<String> large = chunked("/api/customers", customerWithAddressOf(100 * 1024));
        HttpResponse<String> small = chunked("/api/customers", customerWithAddressOf(20));

        assertThat(large.statusCode()).as(large.body()).isEqualTo(413);
        assertThat(large.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
    }

    @Test
    void aBodyJustUnderTheLimitIsNot413() {
        Http.Response response = http.post("/api/customers").token(tokenOf(MANAGER))
                .json(customerWithAddressOf(60 * 1024)).send();

        // too long an address: a validation error, not a size refusal
        assertProblem(response, 422);
    }

    @Test
    void noResponseNamesTheServerAndSecurityHeadersStay() {
        String manager = tokenOf(MANAGER);
        List<Http.Response> responses = List.of(
                http.get("/api/insurances").token(manager).send(),
                http.get("/api/insurances").send(),
                http.post("/api/insurances").json(Map.of()).send(),
                http.post("/api/insurances").token(manager).json(Map.of()).send(),
                http.post("/api/customers").json(customerWithAddressOf(100 * 1024)).send(),
                http.get("/api/no-such-thing").token(manager).send(),
                http.get("/api/public/brands").send(),
                http.get("/actuator/health").send(),
                login(MANAGER, "wrong-password"));

        for (Http.Response response : responses) {
            String what = response.raw().request().method() + " " + response.raw().request().uri() + " "
                    + response.status();
            assertThat(response.header("Server")).as(what).isEmpty();
            assertThat(response.header("X-Powered-By")).as(what).isEmpty();
        }
        Http.Response authenticated = responses.get(0);
        assertThat(authenticated.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(authenticated.header("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
        Http.Response write = responses.get(3);
        assertThat(write.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(write.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void browsersOnTheDemoOriginsMayWriteAndRead() throws Exception {
        HttpResponse<String> writePreflight = preflight("/api/customers", "http://localhost:5173", "POST");
        HttpResponse<String> readPreflight = preflight("/api/insurances", "http://127.0.0.1:3000", "GET");

        assertThat(writePreflight.statusCode()).isEqualTo(200);
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://localhost:5173");
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                assertThat(methods).contains("POST"));
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("authorization").contains("content-type"));
        assertThat(readPreflight.statusCode()).isEqualTo(200);
        assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://127.0.0.1:3000");

        Http.Response read = http.get("/api/insurances").token(tokenOf(MANAGER))
                .header("Origin", "http://localhost:5173").send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        Http.Response write = http.post("/api/insurances").token(tokenOf(MANAGER))
                .header("Origin", "http://localhost:5173").json(Map.of()).send();
        assertThat(write.header("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(write.header("Access-Control-Expose-Headers")).hasValueSatisfying(headers ->
                assertThat(headers).contains("ETag").contains("Location").contains("X-Correlation-Id"));
    }

    @Test
    void otherOriginsGetNoCorsGrantButA403ProblemFromEveryService() throws Exception {
        Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
        refused.put("command write", preflight("/api/customers", EVIL_ORIGIN, "POST"));
        refused.put("query read", preflight("/api/insurances", EVIL_ORIGIN, "GET"));
        refused.put("auth login", preflight("/api/auth/login", EVIL_ORIGIN, "POST"));
        refused.put("public read", preflight("/api/public/brands", EVIL_ORIGIN, "GET"));
        refused.put("allowed origin, writing method", preflight("/api/public/brands", "http://localhost:5173",
                "DELETE"));
        refused.put("actual read", client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/insurances"))
                .header("Authorization", "Bearer " + tokenOf(MANAGER))
                .header("Origin", EVIL_ORIGIN)
                .build(), HttpResponse.BodyHandlers.ofString()));

        refused.forEach((what, raw) -> {
            Http.Response response = new Http.Response(raw.statusCode(), raw);
            assertProblem(response, 403);
            assertThat(response.json().get("type").asText()).as(what).isEqualTo("urn:kea-cars:problem:cors-refused");
            assertThat(response.header("Access-Control-Allow-Origin")).as(what).isEmpty();
            assertThat(response.body()).as(what).doesNotContain("evil").doesNotContain("localhost");
            assertThat(response.header("Server")).as(what).isEmpty();
        });
    }

    /** Spring Security sends HSTS only on secure requests; TLS ends at the ingress, which says so in a header. */
    @Test
    void hstsIsSentWhenTheRequestCameOverTlsAndOnlyThen() {
        String manager = tokenOf(MANAGER);
        Map<String, Function<Http, Http.Call>> calls = new LinkedHashMap<>();
        calls.put("query read", api -> api.get("/api/insurances").token(manager));
        calls.put("command write", api -> api.post("/api/insurances").token(manager).json(Map.of()));
        calls.put("auth login", api -> api.post("/api/auth/login")
                .json(Map.of("email", "nobody-" + Names.randomWord().toLowerCase() + "@example.com",
                        "password", "not-the-password")));
        calls.put("public read", api -> api.get("/api/public/brands"));
        calls.put("platform", api -> api.get("/actuator/health"));

        calls.forEach((what, call) -> {
            Http.Response overTls = call.apply(http).header("X-Forwarded-Proto", "https").send();
            Http.Response plain = call.apply(http).send();

            assertThat(overTls.header("Strict-Transport-Security")).as(what).hasValueSatisfying(hsts ->
                    assertThat(hsts).containsPattern("max-age=[1-9][0-9]*"));
            assertThat(overTls.header("Server")).as(what).isEmpty();
            assertThat(plain.header("Strict-Transport-Security")).as(what).isEmpty();
        });
    }

    private HttpResponse<String> preflight(String path, String origin, String method)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sent without Content-Length (chunked transfer encoding), as a streaming client would. */
    private HttpResponse<String> chunked(String path, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + tokenOf(MANAGER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
