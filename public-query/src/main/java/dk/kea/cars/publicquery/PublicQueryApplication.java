package dk.kea.cars.publicquery;

import dk.kea.cars.platform.security.KeaSecurityChains;
import dk.kea.cars.publicquery.security.PublicSecurityConfig;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The public catalog service on its own (port 8084). Nothing here logs in, so no user store is configured. */
@OpenAPIDefinition(info = @Info(title = "KEA Cars public catalog", version = "v1",
        description = "Brands, models, colors, accessories and insurances for anonymous customers; read-only."))
// Boot's /error page answers Tomcat-level errors with its own JSON; the ErrorReportValve writes problems instead
@SpringBootApplication(exclude = {UserDetailsServiceAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
public class PublicQueryApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublicQueryApplication.class, args);
    }

    /**
     * Health, metrics and API docs when this service runs alone. Declared here and not in
     * {@link PublicSecurityConfig} because standalone leaves the *Application classes out and covers these paths
     * with one chain of its own: two chains with the same matcher would make Spring Security refuse to start.
     */
    @Bean
    @Order(11)
    SecurityFilterChain publicPlatformSecurity(HttpSecurity http, KeaSecurityChains chains) throws Exception {
        return chains.platformChain(http, PublicSecurityConfig.REFUSALS);
    }
}
