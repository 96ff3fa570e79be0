package dk.kea.cars.auth.web;

import static dk.kea.cars.platform.problem.ProblemDetails.invalidInput;
import static dk.kea.cars.platform.problem.ProblemDetails.problem;

import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.auth.login.AuthLoginFailed;
import dk.kea.cars.auth.login.AuthLoginThrottled;
import dk.kea.cars.platform.problem.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problem bodies for the auth endpoints. Runs before the platform's fallback advice so that bad input is a
 * 422 with the fields at fault (spec §5) rather than Spring's 400. No body ever repeats a submitted password.
 */
@RestControllerAdvice(basePackages = "dk.kea.cars.auth")
// right after the platform's undecodable-parameter advice, ahead of every fallback
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AuthProblemHandler {

    @ExceptionHandler(AuthLoginFailed.class)
    public ProblemDetail loginFailed(AuthLoginFailed failed, HttpServletRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "login-failed", "Login failed", AuthLoginFailed.DETAIL, request);
    }

    @ExceptionHandler(AuthLoginThrottled.class)
    public ResponseEntity<ProblemDetail> throttled(AuthLoginThrottled throttled, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", "Too many failed logins",
                throttled.getMessage(), request);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()))
                .body(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    public ProblemDetail invalid(InvalidInput invalid, HttpServletRequest request) {
        return invalidInput(invalid.getMessage(), invalid.errors(), request);
    }

    /** Unknown or mistyped JSON fields are invalid input (422); JSON that does not parse at all is a 400. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        if (unreadable.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return invalidInput("Unknown field " + field, List.of(new FieldError(field, "is not a known field")),
                    request);
        }
        if (unreadable.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return invalidInput("Invalid " + field, List.of(new FieldError(field, "has the wrong type")), request);
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                "The request body is not valid JSON.", request);
    }


    /** Spring's own web errors (405, 406, 415, ...) keep their status and headers; anything else is a real fault. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> other(Exception failure, HttpServletRequest request) {
        return ProblemDetails.unexpected(failure, request);
    }


    /** The JSON name of the offending field, dotted when nested ("employee.role"). */
    private static String path(JacksonException failure) {
        return failure.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

}
