package dk.kea.cars.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A write over the token's rate is refused with 429 and counted for the operator; one within it passes. */
class CommandWriteRateFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CommandWriteRateFilter filter = new CommandWriteRateFilter(new CommandWriteRateLimit(1), meters);

    @AfterEach
    void forgetCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWriteOverTheRateIsRefusedAndCounted() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(callerWithSubject("f9097a97-eca4-49b6-85a0-08423789c320"));

        MockHttpServletResponse first = write();
        MockHttpServletResponse second = write();

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getStatus()).isEqualTo(429);
        assertThat(second.getHeader("Retry-After")).isNotBlank();
        assertThat(meters.get(CommandWriteRateFilter.METRIC).counter().count()).isEqualTo(1);
    }

    @Test
    void theCounterIsThereBeforeAnyRefusal() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(callerWithSubject("d096d2e1-f06a-4555-9cd1-afa9f930f10c"));

        assertThat(write().getStatus()).isEqualTo(200);

        assertThat(meters.get(CommandWriteRateFilter.METRIC).counter().count()).isZero();
    }

    private MockHttpServletResponse write() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/insurances");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static JwtAuthenticationToken callerWithSubject(String subject) {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new JwtAuthenticationToken(token, List.of(), subject);
    }
}
