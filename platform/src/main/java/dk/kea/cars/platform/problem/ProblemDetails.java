package dk.kea.cars.platform.problem;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import dk.kea.cars.api.validation.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;

/**
 * The problems every service's exception handlers answer with (spec §8), built the same way everywhere: typed in the
 * {@code urn:kea-cars:problem:} namespace, 422 with the fields at fault, a real fault logged and quoting the request's
 * correlation id. What a service maps to which status and detail stays in its own handler.
 */
public final class ProblemDetails {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    private ProblemDetails() {
    }

    /** A problem named after its status: type {@code urn:kea-cars:problem:not-found}, title "Not Found". */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        String reason = reasonPhrase(status);
        return of(status, Problems.slugOfReason(reason), reason, detail);
    }

    /** A problem of its own type and title, such as {@code login-failed}. */
    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(Problems.type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** The problem, about the request's path ({@code instance}). */
    public static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** A typed problem about the request's path. */
    public static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail,
                                        HttpServletRequest request) {
        return at(of(status, slug, title, detail), request);
    }

    /** A 422 {@code invalid-input} about the request's path, with the fields at fault (auth-query, public-query). */
    public static ProblemDetail invalidInput(String detail, List<FieldError> errors, HttpServletRequest request) {
        return withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", detail, request),
                errors);
    }

    /** The fields at fault of a 422 ({@code errors:[{field,message}]}). */
    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * A real fault: logged with the request's correlation id, answered 500 with that id and nothing of the failure
     * itself (no message, class or stack trace).
     */
    public static ProblemDetail fault(Exception failure, HttpServletRequest request) {
        String correlationId = ProblemErrorReportValve.correlationId(request);
        LOG.error("Unexpected failure on {} {} [correlationId={}]", request.getMethod(), request.getRequestURI(),
                correlationId, failure);
        ProblemDetail problem = of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; quote correlation id " + correlationId + ".");
        problem.setProperty(CorrelationIds.PROBLEM_PROPERTY, correlationId);
        return problem;
    }

    /**
     * A failure no handler of a service mapped, about the request's path: one of Spring's own web errors (405, 406,
     * 415, ...) as Spring built it, headers included; anything else a {@link #fault}.
     */
    public static ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders())
                    .body(at(known.getBody(), request));
        }
        return ResponseEntity.internalServerError().body(at(fault(failure, request), request));
    }

    /** The status's reason phrase, "Error 599" for a status HTTP does not name. */
    public static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }
}
