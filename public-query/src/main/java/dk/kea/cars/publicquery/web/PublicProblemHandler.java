package dk.kea.cars.publicquery.web;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem bodies for every public endpoint. Runs before Boot's global problem handler so that a bad
 * parameter is a 422 (spec §5) rather than Spring's 400.
 */
@RestControllerAdvice(basePackages = "dk.kea.cars.publicquery")
// right after the platform's undecodable-parameter advice, ahead of every fallback
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PublicProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PublicProblemHandler.class);

    @ExceptionHandler(PublicNotFound.class)
    public ProblemDetail notFound(PublicNotFound missing, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", missing.getMessage(), request);
    }


    @ExceptionHandler(InvalidInput.class)
    public ProblemDetail invalid(InvalidInput invalid, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input",
                invalid.getMessage(), request);
        problem.setProperty("errors", invalid.errors());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        boolean uuid = UUID.class.equals(mismatch.getRequiredType());
        String message = uuid ? "must be a valid UUID" : "has an invalid value";
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input",
                "Parameter " + mismatch.getName() + " " + message, request);
        problem.setProperty("errors", List.of(new FieldError(mismatch.getName(), message)));
        return problem;
    }

    /** Spring's own web errors (405, 406, 415, ...) keep their status and headers; anything else is a real fault. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> other(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse known) {
            ProblemDetail body = known.getBody();
            body.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders()).body(body);
        }
        String correlationId = ProblemErrorReportValve.correlationId(request);
        LOG.error("Unhandled error on {} {} [correlationId={}]", request.getMethod(), request.getRequestURI(),
                correlationId, failure);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; quote correlation id " + correlationId + ".", request);
        problem.setProperty(CorrelationIds.PROBLEM_PROPERTY, correlationId);
        return ResponseEntity.internalServerError().body(problem);
    }

    static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail,
                                 HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(Problems.type(type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

}
