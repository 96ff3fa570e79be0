package dk.kea.cars.query.web;

import dk.kea.cars.api.common.Problems;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.platform.problem.FallbackProblems;
import dk.kea.cars.platform.problem.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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

/**
 * Turns every failure of a query-side controller into an RFC 9457 problem (spec §8); every problem has type, title,
 * status, detail and instance.
 */
@RestControllerAdvice(basePackages = "dk.kea.cars.query")
// ahead of the platform's fallback advice: it inherits its handlers too, and the scoped mapping must win
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class QueryProblemHandler extends FallbackProblems {

    private static final Logger LOG = LoggerFactory.getLogger(QueryProblemHandler.class);

    @ExceptionHandler(QueryNotFound.class)
    public ResponseEntity<ProblemDetail> notFound(QueryNotFound ex, HttpServletRequest request) {
        return answer(problem(HttpStatus.NOT_FOUND, ex.getMessage(), request));
    }

    @ExceptionHandler(QueryUnavailable.class)
    public ResponseEntity<ProblemDetail> unavailable(QueryUnavailable ex, HttpServletRequest request) {
        LOG.warn("{} on {}", ex.getMessage(), request.getRequestURI(), ex.getCause());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), request);
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInput ex, HttpServletRequest request) {
        return answer(ProblemDetails.withErrors(
                problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage() + ".", request), ex.errors()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, HttpServletRequest request) {
        return answer(problem(HttpStatus.FORBIDDEN, "You are not allowed to read this resource.", request));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        return ProblemDetails.unexpected(ex, request);
    }

    /** A malformed UUID (or any other unparsable path/query value) is invalid input, not a bad request. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        String message = UUID.class.equals(ex.getRequiredType()) ? "must be a valid UUID" : "has an invalid value";
        ProblemDetail problem = ProblemDetails.withErrors(
                ProblemDetails.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid " + field + "."),
                List.of(new FieldError(field, message)));
        complete(problem, problem.getStatus(), request);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    /** Spring's own problems (405, 406, 415, ...) get what the query side's problems always have. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            complete(problem, response.getStatusCode().value(), request);
        }
        return response;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        return ProblemDetails.at(ProblemDetails.of(status, detail), request);
    }

    /** Fills whatever Spring's own handlers left empty. */
    private static void complete(ProblemDetail problem, int status, WebRequest request) {
        String reason = ProblemDetails.reasonPhrase(HttpStatusCode.valueOf(status));
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(Problems.typeOfReason(reason));
        }
        if (problem.getTitle() == null) {
            problem.setTitle(reason);
        }
        if (problem.getDetail() == null) {
            problem.setDetail(reason + ".");
        }
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
