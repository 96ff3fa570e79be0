package dk.kea.cars.auth.security;

import dk.kea.cars.platform.problem.ProblemResponses;
import dk.kea.cars.platform.security.BrowserAccess;
import dk.kea.cars.platform.security.ChainRefusals;
import dk.kea.cars.platform.security.KeaSecurityChains;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login, token and JWKS are open to anyone: they are how a caller gets authenticated in the first place. No session
 * and no CSRF token: the endpoints take credentials in the request itself and set no cookie.
 */
@Configuration(proxyBeanMethods = false)
public class AuthSecurityConfig {

    /** Every caller here is anonymous: a refusal is a path not open to them. */
    public static final ChainRefusals REFUSALS = new ChainRefusals(
            (request, response, failure) -> ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                    "This endpoint is not open to anonymous callers.", request.getRequestURI()),
            (request, response, denied) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                    "This endpoint is closed.", request.getRequestURI()));
    /** Browser clients on the allowed origins may log in and fetch the keys. */
    private static final BrowserAccess BROWSERS = new BrowserAccess(List.of("GET", "HEAD", "POST", "OPTIONS"),
            BrowserAccess.ANY_HEADER);

    @Bean
    @Order(1)
    SecurityFilterChain authQuerySecurity(HttpSecurity http, KeaSecurityChains chains) throws Exception {
        http.securityMatcher("/api/auth/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/.well-known/jwks.json").permitAll()
                        .anyRequest().denyAll());
        return chains.stateless(http, REFUSALS, BROWSERS).build();
    }
}
