package dk.kea.cars.command.web;

import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import jakarta.servlet.http.HttpServletRequest;

import dk.kea.cars.api.common.CorrelationIds;

import dk.kea.cars.api.common.Problems;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1)
class CommandProblemHandler extends CommandFallbackProblems {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemHandler.class);
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

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail rejected(CommandExecutionException failure, HttpServletRequest request) {
        return failure.getDetails()
                .filter(Rejection.class::isInstance)
                .map(Rejection.class::cast)
                .map(rejection -> problem(STATUS.get(rejection.kind()), rejection.detail()))
                .orElseGet(() -> fault(failure, request));
    }

    /**
     * The event store refused a new aggregate because its id was taken in the meantime (two creates raced for one
     * new id, or a purchase was given an id already in use): a conflict, and the unit of work changed nothing.
     */
    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ProblemDetail idTaken(RuntimeException clash) {
        Matcher id = UUID_IN_TEXT.matcher(String.valueOf(clash.getMessage()));
        return problem(HttpStatus.CONFLICT, id.find() ? "The id " + id.group() + " is already in use"
                : "The id is already in use");
    }


    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        return invalidInput(List.of(new FieldError(mismatch.getName(), "is not a valid "
                + (UUID.class.equals(mismatch.getRequiredType()) ? "UUID" : "value"))));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure, HttpServletRequest request) {
        return fault(failure, request);
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
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, errors.size() == 1
                ? "The field '" + errors.get(0).field() + "' is invalid"
                : errors.size() + " fields are invalid");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail fault(Exception failure, HttpServletRequest request) {
        String correlationId = ProblemErrorReportValve.correlationId(request);
        log.error("Unexpected failure, correlation id {}", correlationId, failure);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; quote correlation id " + correlationId);
        problem.setProperty(CorrelationIds.PROBLEM_PROPERTY, correlationId);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(Problems.typeOfReason(status.getReasonPhrase()));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
