package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of every service is an RFC 9457 problem with the request's correlation id (spec §8), also what
 * Tomcat refuses before any service code runs and what Spring would answer without a body.
 */
class ProblemBodiesHttpTest extends StandaloneTest {

    @Test
    void whatTomcatRefusesItselfIsA400Problem() {
        Map<String, Http.Call> refused = new LinkedHashMap<>();
        refused.put("NUL in the path", http.get("/api/public/brands/%00"));
        refused.put("above the root", http.get("/api/public/../../../etc/passwd"));
        refused.put("header over 8 KB", http.get("/api/public/brands").header("X-Padding", "x".repeat(9 * 1024)));

        refused.forEach((what, call) -> {
            Http.Response response = call.header("X-Correlation-Id", "refused-" + Math.abs(what.hashCode())).send();
            assertProblem(response, 400);
            assertThat(response.json().has("instance")).as(what).isFalse();
            assertThat(response.body()).as(what).doesNotContain("%00").doesNotContain("passwd")
                    .doesNotContainIgnoringCase("tomcat");
        });
        Http.Response named = http.get("/api/public/brands/%00").header("X-Correlation-Id", "nul-1").send();
        assertCorrelated(named, "nul-1");
    }

    @Test
    void anUnparsableAcceptHeaderStillGetsAProblemBody() {
        String manager = tokenOf(MANAGER);
        Map<String, Http.Call> calls = new LinkedHashMap<>();
        calls.put("public list", http.get("/api/public/brands"));
        calls.put("public, bad id", http.get("/api/public/brands/not-a-uuid"));
        calls.put("query read", http.get("/api/brands").token(manager));
        calls.put("unknown path", http.get("/api/public/no-such-thing"));
        calls.put("login", http.post("/api/auth/login").json("{}"));
        calls.put("write, wrong media type", http.post("/api/insurances").token(manager)
                .header("Content-Type", "a/b/c"));
        calls.put("health", http.get("/actuator/health"));

        calls.forEach((what, call) -> {
            Http.Response response = call.header("Accept", "a/b/c").header("X-Correlation-Id", "accept-1").send();
            assertThat(response.status()).as(what).isBetween(400, 499);
            assertProblem(response, response.status());
            assertCorrelated(response, "accept-1");
        });
    }

    @Test
    void traceIsA405ProblemInEveryServicesPathSpace() {
        for (String path : new String[]{"/api/public/brands", "/api/brands", "/api/auth/login", "/actuator/health",
                "/"}) {
            Http.Response response = http.call("TRACE", path).header("X-Correlation-Id", "trace-1").send();

            assertProblem(response, 405);
            assertCorrelated(response, "trace-1");
        }
    }

    @Test
    void springsOwnErrorPathIsNotFoundLikeAnyUnknownPath() {
        for (String path : new String[]{"/error", "/no-such-thing", "/api/public/no-such-thing"}) {
            Http.Response response = http.get(path).header("X-Correlation-Id", "unknown-1").send();

            assertProblem(response, 404);
            assertThat(response.body()).as(path).doesNotContain("timestamp");
            assertCorrelated(response, "unknown-1");
        }
    }

    @Test
    void everyServicesProblemsCarryTheCorrelationIdAndAnUnsafeOneIsReplaced() {
        String manager = tokenOf(MANAGER);
        Map<String, Http.Call> failures = new LinkedHashMap<>();
        failures.put("command 422", http.post("/api/insurances").token(manager).json("{}"));
        failures.put("command 401", http.post("/api/insurances").json("{}"));
        failures.put("query 404", http.get("/api/brands/" + java.util.UUID.randomUUID()).token(manager));
        failures.put("query 401", http.get("/api/brands"));
        failures.put("auth 401", http.post("/api/auth/login").json(Map.of("email", "nobody@example.com",
                "password", "not-the-password")));
        failures.put("public 404", http.get("/api/public/brands/" + java.util.UUID.randomUUID()));
        failures.put("firewall 400", http.get("/api/public/brands;x=1"));
        failures.put("command 413", http.post("/api/customers").token(manager).json("{\"address\":\""
                + "x".repeat(70 * 1024) + "\"}"));

        failures.forEach((what, call) -> {
            Http.Response response = call.header("X-Correlation-Id", "case-" + what.replace(' ', '-')).send();
            assertThat(response.status()).as(what).isBetween(400, 499);
            assertProblem(response, response.status());
            assertCorrelated(response, "case-" + what.replace(' ', '-'));
        });

        Http.Response unsafe = http.get("/api/public/brands/" + java.util.UUID.randomUUID())
                .header("X-Correlation-Id", "<script>").send();
        String replaced = unsafe.json().get("correlation_id").asText();
        assertThat(replaced).matches("[0-9a-f-]{36}");
        assertThat(unsafe.header("X-Correlation-Id")).hasValue(replaced);
    }

    @Test
    void aFormThatCannotBeDecodedIsA400ProblemNotAFault() {
        Http.Response response = http.post("/api/auth/token").form("%%%").header("X-Correlation-Id", "form-1").send();

        assertProblem(response, 400);
        assertCorrelated(response, "form-1");
    }

    private static void assertCorrelated(Http.Response response, String correlationId) {
        String what = response.raw().request().method() + " " + response.raw().request().uri();
        assertThat(response.json().get("correlation_id").asText()).as(what).isEqualTo(correlationId);
        assertThat(response.header("X-Correlation-Id")).as(what).hasValue(correlationId);
    }
}
