package dk.kea.cars.platform.security;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-origin requests against a chain's {@link BrowserAccess}: granted, or refused as a problem. */
class KeaSecurityChainsTest {

    private static final BrowserAccess READS = new BrowserAccess(List.of("GET", "HEAD"), List.of("Authorization"));

    private final CorsFilter cors = new KeaSecurityChains(List.of(" http://localhost:* ", "")).corsFilter(READS);

    @Test
    void aRequestFromAnOriginOutsideTheListIsA403ProblemThatDoesNotNameIt() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain rest = new MockFilterChain();

        cors.doFilter(preflight("https://evil.example", "GET"), response, rest);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:cors-refused");
        assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.has("instance")).isFalse();
        assertThat(response.getContentAsString()).doesNotContain("evil");
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(rest.getRequest()).as("the chain went on").isNull();
    }

    @Test
    void aMethodOutsideTheChainsBrowserAccessIsRefused() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        cors.doFilter(preflight("http://localhost:5173", "DELETE"), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(403);
    }

    /** Origins are trimmed and blank ones dropped, as {@code kea.cors.allowed-origins} is written by hand. */
    @Test
    void aRequestFromAnAllowedOriginIsGrantedWhatTheChainAllowsAndSeesTheExposedHeaders() throws Exception {
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/things");
        read.addHeader("Origin", "http://localhost:5173");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain rest = new MockFilterChain();

        cors.doFilter(read, response, rest);

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(response.getHeader("Access-Control-Expose-Headers"))
                .contains("ETag", "Location", "Retry-After", "X-Correlation-Id", "X-Read-Model-Position",
                        "X-Read-Model-Lag", "X-Event-Position");
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        assertThat(rest.getRequest()).as("the chain went on").isNotNull();
    }

    @Test
    void withoutAllowedOriginsNoCrossOriginRequestIsAnswered() throws Exception {
        CorsFilter none = new KeaSecurityChains(List.of()).corsFilter(READS);
        MockHttpServletResponse response = new MockHttpServletResponse();

        none.doFilter(preflight("http://localhost:5173", "GET"), response, new MockFilterChain());

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    private static MockHttpServletRequest preflight(String origin, String method) {
        MockHttpServletRequest preflight = new MockHttpServletRequest("OPTIONS", "/api/things");
        preflight.addHeader("Origin", origin);
        preflight.addHeader("Access-Control-Request-Method", method);
        return preflight;
    }
}
