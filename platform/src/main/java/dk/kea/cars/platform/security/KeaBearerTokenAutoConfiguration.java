package dk.kea.cars.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Bearer-token verification for the services that take tokens (those that name {@code kea.security.jwks-uri}). One
 * bean, and so one decoder, per context: in standalone the command-side and query-side chains share it. The decoder
 * itself is no {@code JwtDecoder} bean, so Boot's own resource-server and user-store defaults stay as they are.
 */
@AutoConfiguration
@ConditionalOnClass(NimbusJwtDecoder.class)
@ConditionalOnProperty("kea.security.jwks-uri")
public class KeaBearerTokenAutoConfiguration {

    @Bean
    public KeaBearerTokens keaBearerTokens(Environment environment) {
        return new KeaBearerTokens(new KeaJwtDecoder(environment));
    }
}
