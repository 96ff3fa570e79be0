package dk.kea.cars.command.security;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.command.lookup.EmployeeAccess;
import dk.kea.cars.command.lookup.EmployeeAccessRepository;
import dk.kea.cars.platform.problem.ProblemResponses;
import dk.kea.cars.platform.security.BrowserAccess;
import dk.kea.cars.platform.security.ChainRefusals;
import dk.kea.cars.platform.security.KeaBearerTokens;
import dk.kea.cars.platform.security.KeaSecurityChains;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Every write of spec §2 (POST/PUT/PATCH/DELETE on /api/** outside auth and public), order 4. The bearer token says
 * who is calling; what they may do comes from the employee's current state in this service's own read model.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSecurityConfig {

    /** Browsers on the allowed origins may send writes. */
    static final BrowserAccess BROWSER_WRITES = new BrowserAccess(List.of("POST", "PUT", "PATCH", "DELETE"),
            List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, CorrelationIds.HEADER));
    private static final ChainRefusals REFUSALS = new ChainRefusals(
            (request, response, failure) -> {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required",
                        ProblemResponses.plainPath(request));
            },
            (request, response, denied) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                    "Your role does not allow this request", ProblemResponses.plainPath(request)));

    @Bean
    @Order(4)
    public SecurityFilterChain commandSideSecurity(HttpSecurity http, KeaSecurityChains chains,
                                                   KeaBearerTokens tokens, EmployeeAccessRepository employees,
                                                   @Value("${kea.security.write-rate.per-minute:600}") long writesPerMinute,
                                                   MeterRegistry meters)
            throws Exception {
        http.securityMatcher(writesAndPlatform())
                .addFilterAfter(new CommandWriteRateFilter(new CommandWriteRateLimit(writesPerMinute), meters),
                        BearerTokenAuthenticationFilter.class)
                // roles as of spec §3, admin ⊇ manager ⊇ sales person (the platform's role hierarchy)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(KeaSecurityChains.openPlatformPaths()).permitAll()
                        .requestMatchers("/api/insurances/**", "/api/brands/**", "/api/colors/**",
                                "/api/accessories/**", "/api/models/**").hasRole(Role.MANAGER.name())
                        .requestMatchers("/api/employees/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/customers/*/erase").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/customers/**").hasRole(Role.MANAGER.name())
                        .requestMatchers("/api/customers/**", "/api/cars/**", "/api/purchases/**")
                        .hasRole(Role.SALES_PERSON.name())
                        .anyRequest().denyAll());
        chains.stateless(http, REFUSALS, BROWSER_WRITES);
        tokens.verify(http, token -> authenticate(token, employees), REFUSALS);
        return http.build();
    }

    private static RequestMatcher writesAndPlatform() {
        List<RequestMatcher> matchers = new ArrayList<>();
        matchers.add(CommandBodySizeLimit::commandWrite);
        // a browser's CORS preflight for one of these writes
        matchers.add(request -> HttpMethod.OPTIONS.matches(request.getMethod())
                && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                && CommandBodySizeLimit.commandWrite(new HttpServletRequestWrapper(request) {
                    @Override
                    public String getMethod() {
                        return request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
                    }
                }));
        for (String path : KeaSecurityChains.openPlatformPaths()) {
            matchers.add(withDefaults().matcher(path));
        }
        return new OrRequestMatcher(matchers);
    }

    /**
     * A token whose subject is no employee authenticates nobody (401, spec §4); a deleted employee keeps their
     * identity but gets no authority, which answers 403 on every write.
     */
    private static JwtAuthenticationToken authenticate(Jwt token, EmployeeAccessRepository employees) {
        EmployeeAccess employee = parse(token.getSubject()).flatMap(employees::findById)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's subject is no employee"));
        List<GrantedAuthority> authorities = employee.deleted() ? List.of()
                : List.of(new SimpleGrantedAuthority("ROLE_" + employee.role().name()));
        return new JwtAuthenticationToken(token, authorities, token.getSubject());
    }

    private static Optional<UUID> parse(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException | NullPointerException notAnEmployee) {
            return Optional.empty();
        }
    }
}
