package dk.kea.cars.publicquery.security;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
 * The public catalog is anonymous and read-only: GET, HEAD and OPTIONS pass, any other method is refused with a
 * 405 problem before it reaches a controller. No session and no CSRF token, because nothing here writes.
 */
@Configuration(proxyBeanMethods = false)
public class PublicSecurityConfig {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    @Order(2)
    SecurityFilterChain publicQuerySecurity(HttpSecurity http,
            @Value("${kea.cors.allowed-origins:}") List<String> allowedOrigins) throws Exception {
        http.securityMatcher("/api/public/**")
                .addFilter(corsFilter(allowedOrigins))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/public/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/public/**").permitAll()
                        .anyRequest().denyAll());
        return anonymousReadOnly(http).build();
    }

    /** Health, metrics and the API docs are open; the other actuator endpoints are not. */
    public static SecurityFilterChain platformChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().denyAll());
        return anonymousReadOnly(http).build();
    }

    private static HttpSecurity anonymousReadOnly(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, denied) -> refuse(request, response))
                        .accessDeniedHandler((request, response, denied) -> refuse(request, response)));
    }

    /** Every caller is anonymous, so a refusal is either a writing method (405) or a closed endpoint (403). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (READ_METHODS.contains(request.getMethod())) {
            PublicSecurityProblems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "This endpoint is not open to anonymous callers.");
        } else {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            PublicSecurityProblems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Method not allowed",
                    "The public catalog is read-only; " + request.getMethod() + " is not supported.");
        }
    }

    /** Requests the firewall refuses (encoded dots, slashes or percents, ";", "//") answer a problem too. */
    @Bean
    WebSecurityCustomizer publicFirewallProblems() {
        return web -> web.requestRejectedHandler((request, response, rejected) ->
                PublicSecurityProblems.writeWithoutInstance(response, HttpStatus.BAD_REQUEST, "bad-request",
                        "Bad Request", Problems.REQUEST_REJECTED_DETAIL));
    }

    /**
     * Tomcat refuses an encoded slash or backslash itself, with an HTML page; passed through undecoded, the
     * firewall refuses it instead, with a problem.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> publicEncodedSlashesToFirewall() {
        return tomcat -> tomcat.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }

    private static CorsFilter corsFilter(List<String> allowedOrigins) {
        CorsFilter filter = new CorsFilter(cors(allowedOrigins));
        filter.setCorsProcessor(new PublicCorsRefusal());
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
        cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After", CorrelationIds.HEADER));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
