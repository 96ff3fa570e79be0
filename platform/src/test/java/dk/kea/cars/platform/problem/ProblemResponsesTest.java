package dk.kea.cars.platform.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems a filter or a security chain writes itself, before any controller runs (spec §8). */
class ProblemResponsesTest {

    @Test
    void aProblemNamedAfterItsStatusCarriesTheCorrelationIdOfTheResponse() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("X-Correlation-Id", "ticket-1");

        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this request", "/api/cars");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getCharacterEncoding()).isEqualTo("UTF-8");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(List.copyOf(problem.propertyNames()))
                .containsExactly("type", "title", "status", "detail", "instance", "correlation_id");
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:forbidden");
        assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("detail").asString()).isEqualTo("Your role does not allow this request");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/cars");
        assertThat(problem.get("correlation_id").asString()).isEqualTo("ticket-1");
    }

    @Test
    void aProblemOfItsOwnTypeWithoutInstance() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemResponses.write(response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                "Read-only.", null);

        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kea-cars:problem:method-not-allowed");
        assertThat(problem.get("title").asString()).isEqualTo("Method not allowed");
        assertThat(problem.get("status").asInt()).isEqualTo(405);
        assertThat(problem.has("instance")).isFalse();
    }

    @Test
    void aPlainPathKeepsOnlyPlainUrlCharacters() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cars/%3Cscript%3E\"x");

        assertThat(ProblemResponses.plainPath(request)).isEqualTo("/api/cars/3Cscript3Ex");
    }
}
