package dk.kea.cars.publicquery.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * springdoc inspects types with its own Jackson 2 mapper, which does not know that the REST layer (Jackson 3)
 * writes snake_case; without this the documented field names would not match the bodies.
 */
@Configuration(proxyBeanMethods = false)
public class PublicOpenApiConfig {

    @Bean
    ModelResolver publicSnakeCaseModelResolver() {
        return new ModelResolver(Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
                .openapi31(true);
    }
}
