package dk.kea.cars.command.security;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.WebSecurity;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command side answers when Spring Security's firewall or the CORS check refuses a request before any
 * filter of the chain runs: problems like every other error, never repeating the path or the origin.
 */
class CommandRefusalsTest {

    @Test
    void aPathTheFirewallRefusesIsA400ProblemWithoutThePath() throws Exception {
        WebSecurity web = new WebSecurity(ObjectPostProcessor.identity());
        web.addSecurityFilterChainBuilder(() -> new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE));
        new CommandSecurityConfig().commandFirewallProblems().customize(web);
        Filter springSecurity = web.build();
        MockHttpServletResponse response = new MockHttpServletResponse();

        springSecurity.doFilter(new MockHttpServletRequest("PUT", "/api/customers/%25"), response,
                new MockFilterChain());

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:bad-request");
        assertThat(problem.has("instance")).isFalse();
        assertThat(response.getContentAsString()).doesNotContain("%25").doesNotContain("customers");
    }

    @Test
    void aPreflightFromAnOriginOutsideTheListIsA403Problem() throws Exception {
        MockHttpServletRequest preflight = new MockHttpServletRequest("OPTIONS", "/api/customers");
        preflight.addHeader("Origin", "https://evil.example");
        preflight.addHeader("Access-Control-Request-Method", "POST");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain rest = new MockFilterChain();

        CommandSecurityConfig.commandCorsFilter(List.of("http://localhost:*")).doFilter(preflight, response, rest);

        JsonNode problem = problem(response, 403);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:cors-refused");
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(response.getContentAsString()).doesNotContain("evil");
        assertThat(rest.getRequest()).as("the chain went on").isNull();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsGranted() throws Exception {
        MockHttpServletRequest preflight = new MockHttpServletRequest("OPTIONS", "/api/customers");
        preflight.addHeader("Origin", "http://localhost:5173");
        preflight.addHeader("Access-Control-Request-Method", "POST");
        MockHttpServletResponse response = new MockHttpServletResponse();

        CommandSecurityConfig.commandCorsFilter(List.of("http://localhost:*"))
                .doFilter(preflight, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
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
