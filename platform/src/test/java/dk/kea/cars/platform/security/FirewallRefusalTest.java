package dk.kea.cars.platform.security;

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

import static org.assertj.core.api.Assertions.assertThat;

/** What Spring Security's firewall answers, in front of every chain, for a request it refuses. */
class FirewallRefusalTest {

    @Test
    void aPathTheFirewallRefusesIsA400ProblemWithoutThePath() throws Exception {
        WebSecurity web = new WebSecurity(ObjectPostProcessor.identity());
        web.addSecurityFilterChainBuilder(() -> new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE));
        new KeaSecurityAutoConfiguration().keaFirewallRefusal().customize(web);
        Filter springSecurity = web.build();
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("X-Correlation-Id", "ticket-1");

        springSecurity.doFilter(new MockHttpServletRequest("PUT", "/api/customers/%25"), response,
                new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:bad-request");
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("correlation_id").asString()).isEqualTo("ticket-1");
        assertThat(problem.has("instance")).isFalse();
        assertThat(response.getContentAsString()).doesNotContain("%25").doesNotContain("customers");
    }
}
