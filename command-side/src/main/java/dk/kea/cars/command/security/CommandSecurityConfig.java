package dk.kea.cars.command.security;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.command.lookup.EmployeeAccess;
import dk.kea.cars.command.lookup.EmployeeAccessRepository;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Every write of spec §2 (POST/PUT/PATCH/DELETE on /api/** outside auth and public). The bearer token says who
 * is calling; what they may do comes from the employee's current state in this service's own read model.
 */
@Configuration
public class CommandSecurityConfig {

    private static final String[] PLATFORM = {"/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(4)
    public SecurityFilterChain commandSideSecurity(HttpSecurity http, Environment environment,
                                                   EmployeeAccessRepository employees,
                                                   @Value("${kea.security.jwks-uri}") String jwksUri,
                                                   @Value("${kea.security.issuer:kea-cars}") String issuer,
                                                   @Value("${kea.security.audience:kea-cars-api}") String audience,
                                                   @Value("${kea.security.write-rate.per-minute:600}") long writesPerMinute,
                                                   @Value("${kea.cors.allowed-origins:}") List<String> allowedOrigins)
            throws Exception {
        http.securityMatcher(writesAndPlatform())
                .addFilter(commandCorsFilter(allowedOrigins))
                .addFilterAfter(new CommandWriteRateFilter(new CommandWriteRateLimit(writesPerMinute)),
                        BearerTokenAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PLATFORM).permitAll()
                        .requestMatchers("/api/insurances/**", "/api/brands/**", "/api/colors/**",
                                "/api/accessories/**", "/api/models/**").access(role(Role.MANAGER))
                        .requestMatchers("/api/employees/**").access(role(Role.ADMIN))
                        .requestMatchers(HttpMethod.DELETE, "/api/customers/**").access(role(Role.MANAGER))
                        .requestMatchers("/api/customers/**", "/api/cars/**", "/api/purchases/**")
                        .access(role(Role.SALES_PERSON))
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(new LazyJwksDecoder(environment, jwksUri, issuer, audience))
                                .jwtAuthenticationConverter(token -> authenticate(token, employees)))
                        .authenticationEntryPoint((request, response, failure) -> ProblemResponses.write(request,
                                response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required")))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                                "Your role does not allow this request")));
        return http.build();
    }

    /** Requests the firewall refuses (encoded dots, slashes or percents, ";", "//") answer a problem too. */
    @Bean
    WebSecurityCustomizer commandFirewallProblems() {
        return web -> web.requestRejectedHandler((request, response, rejected) -> ProblemResponses
                .writeWithoutInstance(response, HttpStatus.BAD_REQUEST, "bad-request", Problems.REQUEST_REJECTED_DETAIL));
    }

    /**
     * Tomcat refuses an encoded slash or backslash itself, with an HTML page; passed through undecoded, the
     * firewall refuses it instead, with a problem.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> commandEncodedSlashesToFirewall() {
        return tomcat -> tomcat.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }

    private static RequestMatcher writesAndPlatform() {
        List<RequestMatcher> matchers = new java.util.ArrayList<>();
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
        for (String path : PLATFORM) {
            matchers.add(withDefaults().matcher(path));
        }
        return new OrRequestMatcher(matchers);
    }

    static CorsFilter commandCorsFilter(List<String> allowedOrigins) {
        CorsFilter filter = new CorsFilter(commandCors(allowedOrigins));
        filter.setCorsProcessor(new CommandCorsRefusal());
        return filter;
    }

    /**
     * Browsers on the configured origin patterns ({@code kea.cors.allowed-origins}, comma-separated; empty = none)
     * may send writes. Built here, not as a bean: in standalone every service sets its own chain's CORS.
     */
    private static CorsConfigurationSource commandCors(List<String> allowedOrigins) {
        List<String> origins = allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        if (origins.isEmpty()) {
            return request -> null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.of("POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                "X-Correlation-Id"));
        cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
                CorrelationIds.HEADER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /** Role names follow spec §3: admin ⊇ manager ⊇ sales person. */
    private static AuthorizationManager<RequestAuthorizationContext> role(Role role) {
        AuthorityAuthorizationManager<RequestAuthorizationContext> manager =
                AuthorityAuthorizationManager.hasRole(role.name());
        manager.setRoleHierarchy(commandRoleHierarchy());
        return manager;
    }

    private static RoleHierarchy commandRoleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_MANAGER\nROLE_MANAGER > ROLE_SALES_PERSON");
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

    private static java.util.Optional<UUID> parse(String subject) {
        try {
            return java.util.Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException | NullPointerException notAnEmployee) {
            return java.util.Optional.empty();
        }
    }
}
