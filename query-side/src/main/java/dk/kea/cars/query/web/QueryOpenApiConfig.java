package dk.kea.cars.query.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes /v3/api-docs describe the bodies query-side really sends. */
@Configuration(proxyBeanMethods = false)
public class QueryOpenApiConfig {

    private static final String QUERY_PACKAGE = "dk.kea.cars.query";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** swagger-core reads types with its own Jackson 2 mapper, which knows nothing of spring.jackson's snake_case. */
    @Bean
    public ModelResolver querySnakeCaseSchemas() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /** Without this every error response of an operation would be documented with its success body. */
    @Bean
    public OperationCustomizer queryProblemResponses() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.getBeanType().getPackageName().startsWith(QUERY_PACKAGE)
                    && operation.getResponses() != null) {
                operation.getResponses().forEach((code, response) -> describeProblem(code, response));
            }
            return operation;
        };
    }

    private static void describeProblem(String code, ApiResponse response) {
        if (!code.startsWith("2")) {
            MediaType problem = new MediaType().schema(problemSchema("422".equals(code)));
            response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
        }
    }

    private static Schema<?> problemSchema(boolean withFieldErrors) {
        Schema<?> schema = new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"));
        if (withFieldErrors) {
            Schema<?> fieldError = new ObjectSchema()
                    .addProperty("field", new StringSchema())
                    .addProperty("message", new StringSchema());
            schema.addProperty("errors", new ArraySchema().items(fieldError));
        }
        return schema;
    }
}
