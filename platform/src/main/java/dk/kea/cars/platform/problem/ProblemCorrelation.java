package dk.kea.cars.platform.problem;

import dk.kea.cars.api.common.CorrelationIds;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem body a handler or advice returns carries the request's correlation id (spec §8), whichever handler
 * built it, Spring's own included. Not scoped to a service's package: failures no controller is behind (an unmapped
 * path) are answered by handlers outside it.
 */
@RestControllerAdvice
public class ProblemCorrelation implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            problem.setProperty(CorrelationIds.PROBLEM_PROPERTY,
                    ProblemErrorReportValve.correlationId(servlet.getServletRequest()));
        }
        return body;
    }
}
