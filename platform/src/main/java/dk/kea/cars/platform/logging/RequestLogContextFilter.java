package dk.kea.cars.platform.logging;

import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The log context of a request: its correlation id (the one its response and problem bodies quote), the same id as
 * its causation (as the metadata of the commands it sends has it) and the authenticated employee. Runs right after
 * Spring Security's filter chain, so the employee is known; an anonymous request has no employee id.
 */
public class RequestLogContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (LogContext.Scope scope = LogContext.open(entries(request))) {
            chain.doFilter(request, response);
        }
    }

    private static Map<String, String> entries(HttpServletRequest request) {
        String correlationId = ProblemErrorReportValve.correlationId(request);
        Map<String, String> entries = new HashMap<>();
        entries.put(LogContext.CORRELATION_ID, correlationId);
        entries.put(LogContext.CAUSATION_ID, correlationId);
        entries.put(LogContext.EMPLOYEE_ID, employee());
        return entries;
    }

    private static String employee() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean known = caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
        return known ? caller.getName() : null;
    }
}
