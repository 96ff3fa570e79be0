package dk.kea.cars.query.security;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.FreshnessHeaders;
import dk.kea.cars.platform.problem.ProblemResponses;
import dk.kea.cars.platform.security.BrowserAccess;
import dk.kea.cars.platform.security.ChainRefusals;
import dk.kea.cars.platform.security.KeaBearerTokens;
import dk.kea.cars.platform.security.KeaSecurityChains;
import dk.kea.cars.query.employee.EmployeeRowRepository;
import dk.kea.cars.query.employee.QueryEmployeeAuthorities;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security chain of query-side (order 3, spec §2): reads on {@code /api/**} except auth and public, the audit
 * API, and the platform paths. The caller's authorities come from the employee's current row
 * ({@link QueryEmployeeAuthorities}).
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurityConfig {

    private static final List<String> READ_METHODS = List.of("GET", "HEAD");
    /** Browsers on the allowed origins may read. */
    private static final BrowserAccess BROWSER_READS = new BrowserAccess(READ_METHODS,
            List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.IF_NONE_MATCH, CorrelationIds.HEADER,
                    FreshnessHeaders.MIN_POSITION));
    private static final ChainRefusals REFUSALS = new ChainRefusals(
            (request, response, failure) -> {
                boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
                // never tell why a token failed (signature, algorithm, expiry): that only helps an attacker
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                        tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
                ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                        tokenGiven ? "The bearer token is invalid or expired." : "A bearer token is required.",
                        request.getRequestURI());
            },
            (request, response, denied) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                    "Your current role does not allow this request, or your account is deleted or unknown.",
                    request.getRequestURI()));

    @Bean
    @Order(3)
    public SecurityFilterChain querySideSecurity(HttpSecurity http, KeaSecurityChains chains,
                                                 KeaBearerTokens tokens, EmployeeRowRepository employees,
                                                 RoleHierarchy roles) throws Exception {
        http.securityMatcher(servedPaths())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(KeaSecurityChains.openPlatformPaths()).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .anyRequest().hasAnyRole("SALES_PERSON", "AUDITOR"));
        chains.stateless(http, REFUSALS, BROWSER_READS);
        JwtAuthenticationConverter employee = new JwtAuthenticationConverter();
        employee.setJwtGrantedAuthoritiesConverter(new QueryEmployeeAuthorities(employees, roles));
        tokens.verify(http, employee, REFUSALS);
        return http.build();
    }

    private static RequestMatcher servedPaths() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher reads = new OrRequestMatcher(
                paths.matcher(HttpMethod.GET, "/api/**"), paths.matcher(HttpMethod.HEAD, "/api/**"));
        RequestMatcher otherServices = new OrRequestMatcher(
                paths.matcher("/api/auth/**"), paths.matcher("/api/public/**"));
        // a browser's CORS preflight for one of these reads
        RequestMatcher preflight = request -> HttpMethod.OPTIONS.matches(request.getMethod())
                && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                && READ_METHODS.contains(request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD));
        RequestMatcher apiPaths = paths.matcher("/api/**");
        return new OrRequestMatcher(
                new AndRequestMatcher(reads, new NegatedRequestMatcher(otherServices)),
                new AndRequestMatcher(preflight, apiPaths, new NegatedRequestMatcher(otherServices)),
                paths.matcher("/api/audit/**"),
                paths.matcher("/actuator/**"),
                paths.matcher("/v3/api-docs/**"),
                paths.matcher("/swagger-ui/**"),
                paths.matcher("/swagger-ui.html"));
    }
}
