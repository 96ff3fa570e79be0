package dk.kea.cars.query.security;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.query.employee.EmployeeRowRepository;
import dk.kea.cars.query.employee.QueryEmployeeAuthorities;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security chain of query-side (order 3, spec §2): reads on {@code /api/**} except auth and public, the audit
 * API, and the platform paths. Decoder and converter stay inside this class: in standalone the command side
 * builds its own from the same context.
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurityConfig {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final Set<String> READ_METHODS = new LinkedHashSet<>(List.of("GET", "HEAD"));
    private static final String[] PUBLIC_PLATFORM = {
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(3)
    public SecurityFilterChain querySideSecurity(HttpSecurity http, Environment environment,
                                                 EmployeeRowRepository employees, JsonMapper jsonMapper) {
        QueryProblemWriter problems = new QueryProblemWriter(jsonMapper);
        http.securityMatcher(servedPaths())
                .addFilter(queryCorsFilter(environment, problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PLATFORM).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .anyRequest().hasAnyRole("SALES_PERSON", "AUDITOR"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.decoder(jwtDecoder(environment))
                                .jwtAuthenticationConverter(authenticationConverter(employees))));
        return http.build();
    }

    /** Requests the firewall refuses (encoded dots, slashes or percents, ";", "//") answer a problem too. */
    @Bean
    WebSecurityCustomizer queryFirewallProblems(JsonMapper jsonMapper) {
        return web -> web.requestRejectedHandler(new QueryProblemWriter(jsonMapper));
    }

    /**
     * Tomcat refuses an encoded slash or backslash itself, with an HTML page; passed through undecoded, the
     * firewall refuses it instead, with a problem.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> queryEncodedSlashesToFirewall() {
        return tomcat -> tomcat.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
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

    private static CorsFilter queryCorsFilter(Environment environment, QueryProblemWriter problems) {
        CorsFilter filter = new CorsFilter(queryCors(environment));
        filter.setCorsProcessor(new QueryCorsRefusal(problems));
        return filter;
    }

    /**
     * Browsers on the configured origin patterns ({@code kea.cors.allowed-origins}, comma-separated; empty = none)
     * may read. Built here, not as a bean: in standalone every service sets its own chain's CORS.
     */
    private static CorsConfigurationSource queryCors(Environment environment) {
        List<String> origins = Arrays.stream(environment.getProperty("kea.cors.allowed-origins", "").split(","))
                .map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        if (origins.isEmpty()) {
            return request -> null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.copyOf(READ_METHODS));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.IF_NONE_MATCH, "X-Correlation-Id"));
        cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
                CorrelationIds.HEADER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    private static JwtAuthenticationConverter authenticationConverter(EmployeeRowRepository employees) {
        RoleHierarchy hierarchy = RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("MANAGER")
                .role("MANAGER").implies("SALES_PERSON")
                .build();
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new QueryEmployeeAuthorities(employees, hierarchy));
        return converter;
    }

    /** A JWKS value starting with "/" is this process's own endpoint (standalone), known only once it listens. */
    private static JwtDecoder jwtDecoder(Environment environment) {
        String jwksUri = environment.getRequiredProperty("kea.security.jwks-uri");
        OAuth2TokenValidator<Jwt> validator = tokenValidator(
                environment.getRequiredProperty("kea.security.issuer"),
                environment.getRequiredProperty("kea.security.audience"));
        if (!jwksUri.startsWith("/")) {
            return nimbusDecoder(jwksUri, validator);
        }
        return new QueryLazyJwtDecoder(() -> nimbusDecoder(
                "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + jwksUri, validator));
    }

    private static JwtDecoder nimbusDecoder(String jwksUri, OAuth2TokenValidator<Jwt> validator) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> tokenValidator(String issuer, String audience) {
        JwtTimestampValidator expiry = new JwtTimestampValidator(CLOCK_SKEW);
        expiry.setAllowEmptyExpiryClaim(false);
        // not JwtIssuedAtValidator: it refuses every token older than its clock skew (tokens died after 30 s);
        // issued, and not in the future: a token minted ahead of time is a stolen key's tell
        OAuth2TokenValidator<Jwt> issuedAt = new JwtClaimValidator<Instant>(JwtClaimNames.IAT,
                iat -> iat != null && !iat.isAfter(Instant.now().plus(CLOCK_SKEW)));
        return new DelegatingOAuth2TokenValidator<>(
                expiry, issuedAt, new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience));
    }
}
