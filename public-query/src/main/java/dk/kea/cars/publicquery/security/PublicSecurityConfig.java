package dk.kea.cars.publicquery.security;

import dk.kea.cars.platform.problem.ProblemResponses;
import dk.kea.cars.platform.security.BrowserAccess;
import dk.kea.cars.platform.security.ChainRefusals;
import dk.kea.cars.platform.security.KeaSecurityChains;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public catalog is anonymous and read-only: GET, HEAD and OPTIONS pass, any other method is refused with a
 * 405 problem before it reaches a controller. No session and no CSRF token, because nothing here writes.
 */
@Configuration(proxyBeanMethods = false)
public class PublicSecurityConfig {

    private static final List<String> READ_METHODS = List.of("GET", "HEAD", "OPTIONS");
    /** Every caller is anonymous, so a refusal is either a writing method (405) or a closed endpoint (403). */
    public static final ChainRefusals REFUSALS = new ChainRefusals(
            (request, response, failure) -> refuse(request, response),
            (request, response, denied) -> refuse(request, response));
    /** Browser clients on the allowed origins may read the catalog. */
    private static final BrowserAccess BROWSERS = new BrowserAccess(READ_METHODS, BrowserAccess.ANY_HEADER);

    @Bean
    @Order(2)
    SecurityFilterChain publicQuerySecurity(HttpSecurity http, KeaSecurityChains chains) throws Exception {
        http.securityMatcher("/api/public/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/public/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/public/**").permitAll()
                        .anyRequest().denyAll());
        return chains.stateless(http, REFUSALS, BROWSERS).build();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (READ_METHODS.contains(request.getMethod())) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "This endpoint is not open to anonymous callers.",
                    request.getRequestURI());
        } else {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", READ_METHODS));
            ProblemResponses.write(response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Method not allowed", "The public catalog is read-only; " + request.getMethod()
                            + " is not supported.", request.getRequestURI());
        }
    }
}
