package dk.kea.cars.platform.logging;

import dk.kea.cars.api.common.CorrelationIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines written while a request is handled carry its correlation id and the authenticated employee, no longer. */
class RequestLogContextFilterTest {

    private static final String EMPLOYEE = "f9097a97-eca4-49b6-85a0-08423789c320";

    private final Map<String, String> seen = new HashMap<>();

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    @Test
    void anAuthenticatedRequestIsLoggedWithItsCorrelationIdAndEmployee() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(EMPLOYEE, null, List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/insurances");
        request.addHeader(CorrelationIds.HEADER, "support-ticket-42");

        handle(request);

        assertThat(seen).isEqualTo(Map.of(LogContext.CORRELATION_ID, "support-ticket-42",
                LogContext.CAUSATION_ID, "support-ticket-42", LogContext.EMPLOYEE_ID, EMPLOYEE));
        assertThat(MDC.getCopyOfContextMap()).as("nothing left on the thread").isNullOrEmpty();
    }

    @Test
    void anAnonymousRequestHasTheIdItsResponseQuotesAndNoEmployee() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/models");
        request.addHeader(CorrelationIds.HEADER, "not a plain token\nforged: line");

        handle(request);

        assertThat(seen.get(LogContext.CORRELATION_ID)).isEqualTo(request.getAttribute(CorrelationIds.REQUEST_ATTRIBUTE))
                .doesNotContain("forged");
        assertThat(seen).doesNotContainKey(LogContext.EMPLOYEE_ID);
    }

    private void handle(MockHttpServletRequest request) throws Exception {
        new RequestLogContextFilter().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.putAll(MDC.getCopyOfContextMap()));
    }
}
