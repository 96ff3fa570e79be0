package dk.kea.cars.auth.security;

import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import java.util.Map;


import dk.kea.cars.api.common.CorrelationIds;

import dk.kea.cars.api.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 bodies the security chain writes itself, before any controller or advice of this service runs. */
final class AuthSecurityProblems {

    private static final JsonMapper JSON = JsonMapper.shared();

    private AuthSecurityProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                      String title, String detail) throws IOException {
        write(response, status, type, title, detail, request.getRequestURI());
    }

    /** Without an instance: the refused request's path or origin is the caller's own text and is never echoed. */
    static void writeWithoutInstance(HttpServletResponse response, HttpStatus status, String type, String title,
                                     String detail) throws IOException {
        write(response, status, type, title, detail, null);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                              String detail, String instance) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = Problems.body(type, title, status.value(), detail, instance);
        body.put(CorrelationIds.PROBLEM_PROPERTY, ProblemErrorReportValve.correlationId(response));
        JSON.writeValue(response.getOutputStream(), body);
    }
}
