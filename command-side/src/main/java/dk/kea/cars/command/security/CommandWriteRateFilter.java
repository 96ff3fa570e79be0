package dk.kea.cars.command.security;

import dk.kea.cars.platform.problem.ProblemResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Applies {@link CommandWriteRateLimit} to authenticated writes, keyed by the token's subject: over the limit → 429
 * problem with {@code Retry-After}, counted in {@value #METRIC}. Sits in the command-side chain right after bearer-token
 * authentication; never a bean (a bean would be registered as a servlet filter for every request of the shared
 * standalone context).
 */
final class CommandWriteRateFilter extends OncePerRequestFilter {

    static final String METRIC = "kea.write_rate.refused";

    private final CommandWriteRateLimit limit;
    private final Counter refused;

    CommandWriteRateFilter(CommandWriteRateLimit limit, MeterRegistry meters) {
        this.limit = limit;
        this.refused = Counter.builder(METRIC).description("Writes refused with 429: over a token's write rate")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CommandBodySizeLimit.commandWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            OptionalLong retryAfter = limit.tryWrite(token.getToken().getSubject());
            if (retryAfter.isPresent()) {
                refused.increment();
                response.setHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many writes with this token; retry after " + retryAfter.getAsLong() + " seconds",
                        ProblemResponses.plainPath(request));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
