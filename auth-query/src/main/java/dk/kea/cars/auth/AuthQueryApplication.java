package dk.kea.cars.auth;

import dk.kea.cars.auth.security.AuthSecurityConfig;
import dk.kea.cars.platform.security.KeaSecurityChains;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The login and token service on its own (port 8083). */
@OpenAPIDefinition(info = @Info(title = "KEA Cars auth", version = "v1",
        description = "Login for employees: issues signed JWTs and publishes the keys to verify them (JWKS)."))
// Boot's /error page answers Tomcat-level errors with its own JSON; the ErrorReportValve writes problems instead
@SpringBootApplication(exclude = ErrorMvcAutoConfiguration.class)
public class AuthQueryApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthQueryApplication.class, args);
    }

    /**
     * Health, metrics and API docs when this service runs alone. Declared here and not in {@link AuthSecurityConfig}
     * because standalone leaves the *Application classes out and covers these paths with a chain of its own: two
     * chains with the same matcher would make Spring Security refuse to start.
     */
    @Bean
    @Order(10)
    SecurityFilterChain authPlatformSecurity(HttpSecurity http, KeaSecurityChains chains) throws Exception {
        return chains.platformChain(http, AuthSecurityConfig.REFUSALS);
    }
}
