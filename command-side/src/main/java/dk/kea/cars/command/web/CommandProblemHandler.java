package dk.kea.cars.command.web;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.command.image.ImageRefused;
import dk.kea.cars.platform.problem.FallbackProblems;
import dk.kea.cars.platform.problem.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** RFC 9457 answers for every failure of a write (spec §8). */
@RestControllerAdvice(basePackages = "dk.kea.cars.command")
// ahead of the platform's fallback advice: it inherits its handlers too, and the scoped mapping must win
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class CommandProblemHandler extends FallbackProblems {

    private static final Map<Rejection.Kind, HttpStatus> STATUS = Map.of(
            Rejection.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            Rejection.Kind.CONFLICT, HttpStatus.CONFLICT,
            Rejection.Kind.VERSION_MISMATCH, HttpStatus.PRECONDITION_FAILED,
            Rejection.Kind.RULE_VIOLATED, HttpStatus.BAD_REQUEST,
            Rejection.Kind.FORBIDDEN, HttpStatus.FORBIDDEN);
    private static final Pattern UUID_IN_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput invalid) {
        return invalidInput(invalid.errors());
    }

    /** An uploaded image too large (413) or not an image by its content (415); nothing was stored. */
    @ExceptionHandler(ImageRefused.class)
    ProblemDetail imageRefused(ImageRefused refused) {
        return ProblemDetails.of(refused.reason() == ImageRefused.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.UNSUPPORTED_MEDIA_TYPE, refused.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail rejected(CommandExecutionException failure, HttpServletRequest request) {
        return failure.getDetails()
                .filter(Rejection.class::isInstance)
                .map(Rejection.class::cast)
                .map(rejection -> ProblemDetails.of(STATUS.get(rejection.kind()), rejection.detail()))
                .orElseGet(() -> ProblemDetails.fault(failure, request));
    }

    /**
     * The event store refused a new aggregate because its id was taken in the meantime (two creates raced for one
     * new id, or a purchase was given an id already in use): a conflict, and the unit of work changed nothing.
     */
    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ProblemDetail idTaken(RuntimeException clash) {
        Matcher id = UUID_IN_TEXT.matcher(String.valueOf(clash.getMessage()));
        return ProblemDetails.of(HttpStatus.CONFLICT, id.find() ? "The id " + id.group() + " is already in use"
                : "The id is already in use");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        return invalidInput(List.of(new FieldError(mismatch.getName(), "is not a valid "
                + (UUID.class.equals(mismatch.getRequiredType()) ? "UUID" : "value"))));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure, HttpServletRequest request) {
        return ProblemDetails.fault(failure, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(invalidInput(List.of(describe(unreadable))));
    }

    private static FieldError describe(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(unknown.getPropertyName(), "is not a known field");
        }
        if (unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return new FieldError(field, "has the wrong type or format");
        }
        return new FieldError("body", "must be a JSON object");
    }

    private static ProblemDetail invalidInput(List<FieldError> errors) {
        return ProblemDetails.withErrors(ProblemDetails.of(HttpStatus.UNPROCESSABLE_CONTENT, errors.size() == 1
                ? "The field '" + errors.get(0).field() + "' is invalid"
                : errors.size() + " fields are invalid"), errors);
    }
}
