package dk.kea.cars.auth.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login, token and JWKS are open to anyone: they are how a caller gets authenticated in the first place. No session
 * and no CSRF token: the endpoints take credentials in the request itself and set no cookie.
 */
@Configuration(proxyBeanMethods = false)
public class AuthSecurityConfig {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Bean
    @Order(1)
    SecurityFilterChain authQuerySecurity(HttpSecurity http,
            @Value("${kea.cors.allowed-origins:}") List<String> allowedOrigins) throws Exception {
        http.securityMatcher("/api/auth/**")
                .cors(cors -> cors.configurationSource(cors(allowedOrigins)))
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
                        .authenticationEntryPoint((request, response, denied) -> write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                "This endpoint is not open to anonymous callers."))
                        .accessDeniedHandler((request, response, denied) -> write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This endpoint is closed.")));
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
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String type, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:kea-cars:problem:" + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
