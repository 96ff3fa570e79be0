package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any service looks at them (§8): Spring Security's firewall answers a 400 problem in
 * every service's path space, and never repeats the path it refused.
 */
class FirewallHttpTest extends StandaloneTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void suspiciousPathsAreA400ProblemThatDoesNotEchoThePath() throws Exception {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("encoded dots, public", "/api/public/brands/%2e%2e/x");
        paths.put("path parameter, query", "/api/cars;jsessionid=x");
        paths.put("encoded percent, query", "/api/customers/%25");
        paths.put("double slash, query", "/api//brands");
        paths.put("encoded slash, query", "/api/customers/a%2Fb");
        paths.put("encoded backslash, public", "/api/public/brands/a%5Cb");
        paths.put("encoded dots, platform", "/actuator/%2e%2e/env");
        paths.put("double slash, auth", "/api/auth//.well-known/jwks.json");

        for (Map.Entry<String, String> path : paths.entrySet()) {
            assertRefused(send("GET", path.getValue()), path.getKey(), path.getValue());
        }
    }

    @Test
    void suspiciousWritesAreRefusedBeforeTheTokenIsLookedAt() throws Exception {
        Map<String, HttpResponse<String>> writes = new LinkedHashMap<>();
        writes.put("encoded percent, command", send("PUT", "/api/customers/%25"));
        writes.put("encoded slash, command", send("DELETE", "/api/cars/a%2Fb"));
        writes.put("path parameter, command", send("POST", "/api/insurances;x=1"));
        writes.put("double slash, auth", send("POST", "/api/auth//login"));

        writes.forEach((name, response) -> assertRefused(response, name, response.uri().getRawPath()));
    }

    @Test
    void aMethodOutsideTheUsualOnesIsA400Problem() throws Exception {
        for (String path : List.of("/api/insurances", "/api/public/brands", "/api/auth/login")) {
            assertRefused(send("PROPFIND", path), "PROPFIND " + path, "PROPFIND");
        }
    }

    /** What Tomcat itself refuses (a NUL byte, a path above the root) never reaches the firewall: still no leak. */
    @Test
    void whatTomcatRefusesNamesNoServer() throws Exception {
        for (String path : List.of("/api/public/brands/%00", "/api/public/../../../etc/passwd")) {
            HttpResponse<String> response = send("GET", path);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("tomcat").doesNotContain("passwd");
            TokenAttackHttpTest.assertClean(new Http.Response(response.statusCode(), response));
        }
    }

    private static void assertRefused(HttpResponse<String> raw, String what, String echoed) {
        Http.Response response = new Http.Response(raw.statusCode(), raw);
        assertProblem(response, 400);
        assertThat(response.json().get("type").asText()).as(what).isEqualTo("urn:kea-cars:problem:bad-request");
        assertThat(response.json().has("instance")).as(what).isFalse();
        assertThat(response.body()).as(what).doesNotContain(echoed);
        assertThat(response.header("Server")).as(what).isEmpty();
        TokenAttackHttpTest.assertClean(response);
    }

    /** Sent with the path exactly as written: no client-side normalisation or re-encoding. */
    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
