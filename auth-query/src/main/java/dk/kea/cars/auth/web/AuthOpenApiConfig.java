package dk.kea.cars.auth.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The security scheme behind Swagger UI's Authorize button: the OAuth2 password flow against /api/auth/token.
 * The other services require it under the same name, {@link #SECURITY_SCHEME}.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = AuthOpenApiConfig.SECURITY_SCHEME, type = SecuritySchemeType.OAUTH2,
        description = "Employee login: email as username, and password",
        flows = @OAuthFlows(password = @OAuthFlow(tokenUrl = "/api/auth/token")))
public class AuthOpenApiConfig {

    public static final String SECURITY_SCHEME = "bearer";

    /**
     * springdoc inspects types with its own Jackson 2 mapper, which does not know that the REST layer (Jackson 3)
     * writes snake_case; without this the documented field names would not match the bodies.
     */
    @Bean
    ModelResolver authSnakeCaseModelResolver() {
        return new ModelResolver(Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
                .openapi31(true);
    }
}
