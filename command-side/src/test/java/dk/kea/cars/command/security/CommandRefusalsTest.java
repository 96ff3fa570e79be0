package dk.kea.cars.command.security;

import dk.kea.cars.platform.security.KeaSecurityChains;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command side's CORS rule answers browsers before any filter of its chain runs: writes from an allowed
 * origin pass, anything else is a problem that never repeats the origin. (The firewall's refusal is the platform's,
 * tested there.)
 */
class CommandRefusalsTest {

    private final CorsFilter cors = new KeaSecurityChains(List.of("http://localhost:*"))
            .corsFilter(CommandSecurityConfig.BROWSER_WRITES);

    @Test
    void aPreflightFromAnOriginOutsideTheListIsA403Problem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain rest = new MockFilterChain();

        cors.doFilter(preflight("https://evil.example", "POST", "Content-Type"), response, rest);

        JsonNode problem = problem(response, 403);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:cors-refused");
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(response.getContentAsString()).doesNotContain("evil");
        assertThat(rest.getRequest()).as("the chain went on").isNull();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsGranted() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        cors.doFilter(preflight("http://localhost:5173", "POST", "If-Match"), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(response.getHeader("Access-Control-Allow-Methods")).contains("POST", "PUT", "PATCH", "DELETE");
    }

    @Test
    void aPreflightForAReadIsNotAWriteBrowsersMaySend() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        cors.doFilter(preflight("http://localhost:5173", "GET", "Authorization"), response, new MockFilterChain());

        problem(response, 403);
    }

    private static MockHttpServletRequest preflight(String origin, String method, String headers) {
        MockHttpServletRequest preflight = new MockHttpServletRequest("OPTIONS", "/api/customers");
        preflight.addHeader("Origin", origin);
        preflight.addHeader("Access-Control-Request-Method", method);
        preflight.addHeader("Access-Control-Request-Headers", headers);
        return preflight;
    }

    private static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }
}
