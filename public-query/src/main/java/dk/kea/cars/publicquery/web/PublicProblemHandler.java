package dk.kea.cars.publicquery.web;

import static dk.kea.cars.platform.problem.ProblemDetails.invalidInput;
import static dk.kea.cars.platform.problem.ProblemDetails.problem;

import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.platform.problem.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem bodies for every public endpoint. Runs before the platform's fallback advice so that a bad
 * parameter is a 422 (spec §5) rather than Spring's 400.
 */
@RestControllerAdvice(basePackages = "dk.kea.cars.publicquery")
// right after the platform's undecodable-parameter advice, ahead of every fallback
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PublicProblemHandler {

    @ExceptionHandler(PublicNotFound.class)
    public ProblemDetail notFound(PublicNotFound missing, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", missing.getMessage(), request);
    }


    @ExceptionHandler(InvalidInput.class)
    public ProblemDetail invalid(InvalidInput invalid, HttpServletRequest request) {
        return invalidInput(invalid.getMessage(), invalid.errors(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        boolean uuid = UUID.class.equals(mismatch.getRequiredType());
        String message = uuid ? "must be a valid UUID" : "has an invalid value";
        return invalidInput("Parameter " + mismatch.getName() + " " + message,
                List.of(new FieldError(mismatch.getName(), message)), request);
    }

    /** Spring's own web errors (405, 406, 415, ...) keep their status and headers; anything else is a real fault. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> other(Exception failure, HttpServletRequest request) {
        return ProblemDetails.unexpected(failure, request);
    }

}
