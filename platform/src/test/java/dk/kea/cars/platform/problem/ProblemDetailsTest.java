package dk.kea.cars.platform.problem;

import dk.kea.cars.api.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems the services' exception handlers answer with (spec §8). */
class ProblemDetailsTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cars/42");

    @Test
    void aProblemNamedAfterItsStatusAboutThePathWithTheFieldsAtFault() {
        List<FieldError> errors = List.of(new FieldError("limit", "must be at most 1000"));

        ProblemDetail problem = ProblemDetails.at(ProblemDetails.withErrors(
                ProblemDetails.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid limit."), errors), request);

        assertThat(problem.getType()).hasToString("urn:kea-cars:problem:unprocessable-content");
        assertThat(problem.getTitle()).isEqualTo("Unprocessable Content");
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo("Invalid limit.");
        assertThat(problem.getInstance()).hasToString("/api/cars/42");
        assertThat(problem.getProperties()).containsEntry("errors", errors);
    }

    @Test
    void aStatusHttpDoesNotNameIsStillTyped() {
        ProblemDetail problem = ProblemDetails.of(org.springframework.http.HttpStatusCode.valueOf(599), "Odd.");

        assertThat(problem.getType()).hasToString("urn:kea-cars:problem:error-599");
        assertThat(problem.getTitle()).isEqualTo("Error 599");
    }

    @Test
    void aFaultQuotesTheCorrelationIdAndNothingOfTheFailure() {
        request.addHeader("X-Correlation-Id", "ticket-7");

        ResponseEntity<ProblemDetail> answer = ProblemDetails.unexpected(
                new IllegalStateException("SELECT secret FROM dk.kea"), request);

        ProblemDetail problem = answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(problem.getType()).hasToString("urn:kea-cars:problem:internal-server-error");
        assertThat(problem.getDetail()).contains("ticket-7").doesNotContain("secret", "IllegalState", "dk.kea");
        assertThat(problem.getProperties()).containsEntry("correlation_id", "ticket-7");
        assertThat(problem.getInstance()).hasToString("/api/cars/42");
    }

    @Test
    void springsOwnWebErrorsKeepTheirStatusAndHeaders() {
        ResponseEntity<ProblemDetail> answer = ProblemDetails.unexpected(
                new HttpRequestMethodNotSupportedException("PATCH", List.of(HttpMethod.GET.name())), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(405);
        assertThat(answer.getHeaders().getAllow()).containsExactly(HttpMethod.GET);
        assertThat(answer.getBody().getInstance()).hasToString("/api/cars/42");
    }
}
