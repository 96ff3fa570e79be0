package dk.kea.cars.command.web;

import dk.kea.cars.api.common.FreshnessHeaders;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The bearer scheme the write endpoints require, as an OAuth2 password flow against auth-query so Swagger UI's
 * Authorize button logs in. A customizer rather than an OpenAPI bean: in standalone every service adds its own.
 */
@Configuration
public class CommandApiDocs {

    private static final String COMMAND_PACKAGE = "dk.kea.cars.command";
    private static final Set<String> STORED_ANSWERS = Set.of("200", "201", "202", "204");

    /** Every answer of a write that stored (or confirmed) it names the position a later read may wait for. */
    @Bean
    public OperationCustomizer commandSideEventPositions() {
        return (operation, handler) -> {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                    RequestMapping.class);
            boolean write = mapping != null && mapping.method().length > 0
                    && !"GET".equals(mapping.method()[0].name());
            if (write && handler.getBeanType().getPackageName().startsWith(COMMAND_PACKAGE)
                    && operation.getResponses() != null) {
                operation.getResponses().forEach((code, response) -> {
                    if (STORED_ANSWERS.contains(code)) {
                        response.addHeaderObject(FreshnessHeaders.EVENT_POSITION, new Header()
                                .description("A position of the event store at or after every event this write "
                                        + "stored; send it as " + FreshnessHeaders.MIN_POSITION + " on a read to see "
                                        + "the write there, whichever replica answers")
                                .schema(new IntegerSchema().format("int64")));
                    }
                });
            }
            return operation;
        };
    }

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
