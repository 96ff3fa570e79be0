package dk.kea.cars.platform.problem;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to the servlet response, with the request's correlation id (spec §8): for the
 * answers given before any controller or advice runs (a security chain's 401 and 403, the firewall's and the CORS
 * check's refusals, a filter's 413 or 429).
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ProblemResponses() {
    }

    /** A problem named after its status: "Forbidden" is {@code urn:kea-cars:problem:forbidden}, titled so. */
    public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        write(response, status, Problems.slugOfReason(status.getReasonPhrase()), status.getReasonPhrase(), detail,
                instance);
    }

    /** {@code instance} is left out when null: a refused request's path or origin is never echoed. */
    public static void write(HttpServletResponse response, HttpStatus status, String slug, String title,
                             String detail, String instance) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = Problems.body(slug, title, status.value(), detail, instance);
        body.put(CorrelationIds.PROBLEM_PROPERTY, ProblemErrorReportValve.correlationId(response));
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** The request's path with plain URL characters only: whatever else the caller sent is not repeated back. */
    public static String plainPath(HttpServletRequest request) {
        return request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "");
    }
}
