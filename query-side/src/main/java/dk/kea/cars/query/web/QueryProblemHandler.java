package dk.kea.cars.query.web;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/** Turns every failure of a query-side controller into an RFC 9457 problem (spec §8). */
@RestControllerAdvice(basePackages = "dk.kea.cars.query")
// ahead of every service's fallback advice: it inherits their handlers too, and the scoped mapping must win
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class QueryProblemHandler extends QueryFallbackProblems {

    private static final Logger LOG = LoggerFactory.getLogger(QueryProblemHandler.class);

    @ExceptionHandler(QueryNotFound.class)
    public ResponseEntity<ProblemDetail> notFound(QueryNotFound ex, HttpServletRequest request) {
        return answer(QueryProblems.of(HttpStatus.NOT_FOUND, ex.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(QueryUnavailable.class)
    public ResponseEntity<ProblemDetail> unavailable(QueryUnavailable ex, HttpServletRequest request) {
        LOG.warn("{} on {}", ex.getMessage(), request.getRequestURI(), ex.getCause());
        ProblemDetail problem = QueryProblems.of(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(),
                request.getRequestURI());
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInput ex, HttpServletRequest request) {
        return answer(invalidInput(ex.getMessage() + ".", ex.errors(), request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, HttpServletRequest request) {
        String detail = "You are not allowed to read this resource.";
        return answer(QueryProblems.of(HttpStatus.FORBIDDEN, detail, request.getRequestURI()));
    }


    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        String correlationId = ProblemErrorReportValve.correlationId(request);
        LOG.error("Unexpected failure on {} [correlationId={}]", request.getRequestURI(), correlationId, ex);
        String detail = "An unexpected error occurred; quote correlation id " + correlationId + ".";
        ProblemDetail problem = QueryProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, detail, request.getRequestURI());
        problem.setProperty(CorrelationIds.PROBLEM_PROPERTY, correlationId);
        return answer(problem);
    }

    /** A malformed UUID (or any other unparsable path/query value) is invalid input, not a bad request. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        String message = UUID.class.equals(ex.getRequiredType()) ? "must be a valid UUID" : "has an invalid value";
        ProblemDetail problem = invalidInput("Invalid " + field + ".", List.of(new FieldError(field, message)),
                uriOf(request));
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            QueryProblems.complete(problem, response.getStatusCode(), uriOf(request));
        }
        return response;
    }

    private static ProblemDetail invalidInput(String detail, List<FieldError> errors, String instance) {
        ProblemDetail problem = QueryProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, detail, instance);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }


    private static String uriOf(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
