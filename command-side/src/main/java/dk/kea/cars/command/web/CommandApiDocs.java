package dk.kea.cars.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bearer scheme the write endpoints require, as an OAuth2 password flow against auth-query so Swagger UI's
 * Authorize button logs in. A customizer rather than an OpenAPI bean: in standalone every service adds its own.
 */
@Configuration
public class CommandApiDocs {

    @Bean
    public OpenApiCustomizer commandSideApiDocs() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes("bearer", new SecurityScheme()
                    .type(SecurityScheme.Type.OAUTH2)
                    .description("Log in with an employee's email and password; the token is a signed JWT")
                    .flows(new OAuthFlows().password(new OAuthFlow().tokenUrl("/api/auth/token"))));
        };
    }
}
