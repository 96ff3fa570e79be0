package dk.kea.cars.platform.freshness;

import dk.kea.cars.api.common.FreshnessHeaders;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/** Documents the freshness headers on every operation of a {@link ReadModelReads}: the request header and the answers. */
class FreshnessApiDocs implements OperationCustomizer {

    private final List<ReadModelReads> reads;

    FreshnessApiDocs(List<ReadModelReads> reads) {
        this.reads = List.copyOf(reads);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!readsFromReadModel(handler)) {
            return operation;
        }
        operation.addParametersItem(new HeaderParameter().name(FreshnessHeaders.MIN_POSITION).required(false)
                .description("Answer only once the read model has applied every event up to this position (from a "
                        + "write's " + FreshnessHeaders.EVENT_POSITION + " or a read's " + FreshnessHeaders.POSITION
                        + "): waits up to kea.freshness.wait-timeout, then 503")
                .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)));
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                withFreshness(response);
            }
        });
        add(operation.getResponses(), "400", "Malformed " + FreshnessHeaders.MIN_POSITION);
        withFreshness(add(operation.getResponses(), "503", "The read model did not reach "
                + FreshnessHeaders.MIN_POSITION + " in time; try again after Retry-After"))
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                        .schema(new IntegerSchema()));
        return operation;
    }

    /** A problem answer, or one more reason for an answer the operation documents already. */
    private static ApiResponse add(ApiResponses responses, String code, String description) {
        ApiResponse existing = responses.get(code);
        if (existing == null) {
            ApiResponse added = problem(description);
            responses.addApiResponse(code, added);
            return added;
        }
        existing.setDescription(existing.getDescription() == null ? description
                : existing.getDescription() + "; or: " + description);
        return existing;
    }

    private boolean readsFromReadModel(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null) {
            return false;
        }
        return Arrays.stream(mapping.method()).anyMatch(method -> reads.stream()
                .anyMatch(read -> read.covers(handler.getBeanType(), method.name())));
    }

    private static ApiResponse withFreshness(ApiResponse response) {
        return response
                .addHeaderObject(FreshnessHeaders.POSITION, new Header().description("Every event at or before this "
                        + "position of the event store has been applied by the read model that answered")
                        .schema(new IntegerSchema().format("int64")))
                .addHeaderObject(FreshnessHeaders.LAG, new Header().description("How many positions the read model "
                        + "was behind the event store's newest event (0: none)")
                        .schema(new IntegerSchema().format("int64")));
    }

    private static ApiResponse problem(String description) {
        ObjectSchema body = new ObjectSchema();
        body.description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("correlation_id", new StringSchema());
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(body)));
    }
}
