package dk.kea.cars.command.security;

import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import java.util.Map;


import dk.kea.cars.api.common.CorrelationIds;

import dk.kea.cars.api.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * RFC 9457 bodies for failures that happen before a controller runs (no token, bad token, missing role, a request
 * the firewall or the CORS check refuses).
 */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ProblemResponses() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(response, status, slug(status), detail, jsonSafe(request.getRequestURI()));
    }

    /** Without an instance: the refused request's path or origin is the caller's own text and is never echoed. */
    static void writeWithoutInstance(HttpServletResponse response, HttpStatus status, String slug, String detail)
            throws IOException {
        write(response, status, slug, detail, null);
    }

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static void write(HttpServletResponse response, HttpStatus status, String slug, String detail,
                              String instance) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        Map<String, Object> body = Problems.body(slug, status.getReasonPhrase(), status.value(), detail, instance);
        body.put(CorrelationIds.PROBLEM_PROPERTY, ProblemErrorReportValve.correlationId(response));
        JSON.writeValue(response.getWriter(), body);
    }

    /** The echoed path keeps only plain URL characters: whatever else the caller sent is not repeated back. */
    private static String jsonSafe(String value) {
        return value.replaceAll("[^A-Za-z0-9/._~-]", "");
    }
}
