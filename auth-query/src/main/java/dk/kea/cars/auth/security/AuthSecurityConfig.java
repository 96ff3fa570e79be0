package dk.kea.cars.auth.security;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Login, token and JWKS are open to anyone: they are how a caller gets authenticated in the first place. No session
 * and no CSRF token: the endpoints take credentials in the request itself and set no cookie.
 */
@Configuration(proxyBeanMethods = false)
public class AuthSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain authQuerySecurity(HttpSecurity http,
            @Value("${kea.cors.allowed-origins:}") List<String> allowedOrigins) throws Exception {
        http.securityMatcher("/api/auth/**")
                .addFilter(corsFilter(allowedOrigins))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/.well-known/jwks.json").permitAll()
                        .anyRequest().denyAll());
        return stateless(http).build();
    }

    /** Health, metrics and the API docs are open; the other actuator endpoints are not. */
    public static SecurityFilterChain platformChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().denyAll());
        return stateless(http).build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, denied) -> AuthSecurityProblems.write(request,
                                response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                "This endpoint is not open to anonymous callers."))
                        .accessDeniedHandler((request, response, denied) -> AuthSecurityProblems.write(request,
                                response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This endpoint is closed.")));
    }

    /** Requests the firewall refuses (encoded dots, slashes or percents, ";", "//") answer a problem too. */
    @Bean
    WebSecurityCustomizer authFirewallProblems() {
        return web -> web.requestRejectedHandler((request, response, rejected) ->
                AuthSecurityProblems.writeWithoutInstance(response, HttpStatus.BAD_REQUEST, "bad-request",
                        "Bad Request", Problems.REQUEST_REJECTED_DETAIL));
    }

    /**
     * Tomcat refuses an encoded slash or backslash itself, with an HTML page; passed through undecoded, the
     * firewall refuses it instead, with a problem.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> authEncodedSlashesToFirewall() {
        return tomcat -> tomcat.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }

    private static CorsFilter corsFilter(List<String> allowedOrigins) {
        CorsFilter filter = new CorsFilter(cors(allowedOrigins));
        filter.setCorsProcessor(new AuthCorsRefusal());
        return filter;
    }

    /**
     * Browser clients on the configured origins (patterns such as {@code http://localhost:*}) may call these
     * endpoints. Built here rather than as a bean: in standalone every service sets its own chain's CORS.
     */
    private static CorsConfigurationSource cors(List<String> allowedOrigins) {
        List<String> origins = allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
        if (origins.isEmpty()) {
            return request -> null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After", CorrelationIds.HEADER));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
