package dk.kea.cars.platform.security;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.FreshnessHeaders;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * What every service's security chain has in common. A service's chain names its own paths, its authorization rules,
 * its {@link ChainRefusals} and its {@link BrowserAccess}, and hands the rest to {@link #stateless}; the chains that
 * take bearer tokens add {@link KeaBearerTokens}. Auto-configured once, also where the four chains share one context.
 */
public final class KeaSecurityChains {

    private static final String[] OPEN_PLATFORM_PATHS = {"/actuator/health", "/actuator/health/**",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};
    private static final String[] PLATFORM_PATHS = {"/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};
    private static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER, CorrelationIds.HEADER, FreshnessHeaders.POSITION, FreshnessHeaders.LAG,
            FreshnessHeaders.EVENT_POSITION);

    private final List<String> allowedOrigins;

    /** Health, metrics and the API docs: open in every service. */
    public static String[] openPlatformPaths() {
        return OPEN_PLATFORM_PATHS.clone();
    }

    /** {@code allowedOrigins}: origin patterns such as {@code http://localhost:*}; blank ones are dropped. */
    public KeaSecurityChains(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }

    /**
     * No session, no CSRF token, no login form, basic auth, logout or saved request: every request carries what it
     * needs and the chains set no cookie. What the chain refuses is a problem ({@code refusals}); browsers on the
     * allowed origins may call with {@code browsers}' methods and headers, any other cross-origin request is a 403
     * problem.
     */
    public HttpSecurity stateless(HttpSecurity http, ChainRefusals refusals, BrowserAccess browsers) {
        return stateless(http.addFilter(corsFilter(browsers)), refusals);
    }

    /**
     * The health, metrics and API-docs chain of a service running alone: those open, every other actuator endpoint
     * closed. Standalone covers these paths in the query-side chain instead: two chains with one matcher would make
     * Spring Security refuse to start.
     */
    public SecurityFilterChain platformChain(HttpSecurity http, ChainRefusals refusals) throws Exception {
        http.securityMatcher(PLATFORM_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_PLATFORM_PATHS).permitAll()
                        .anyRequest().denyAll());
        return stateless(http, refusals).build();
    }

    /** Checks cross-origin requests against {@code browsers}; built per chain, never a bean (one per chain). */
    public CorsFilter corsFilter(BrowserAccess browsers) {
        CorsFilter filter = new CorsFilter(cors(browsers));
        filter.setCorsProcessor(new CorsRefusal());
        return filter;
    }

    private static HttpSecurity stateless(HttpSecurity http, ChainRefusals refusals) {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(refusals.unauthenticated())
                        .accessDeniedHandler(refusals.denied()));
    }

    private CorsConfigurationSource cors(BrowserAccess browsers) {
        if (allowedOrigins.isEmpty()) {
            return request -> null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(allowedOrigins);
        cors.setAllowedMethods(browsers.methods());
        cors.setAllowedHeaders(browsers.headers());
        cors.setExposedHeaders(EXPOSED_HEADERS);
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
