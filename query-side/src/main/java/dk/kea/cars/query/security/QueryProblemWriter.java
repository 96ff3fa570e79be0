package dk.kea.cars.query.security;


import dk.kea.cars.api.common.CorrelationIds;

import dk.kea.cars.api.common.Problems;
import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import dk.kea.cars.query.web.QueryProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answers of the security chain, and the refusals of the firewall and of the CORS check, as RFC 9457
 * problems like every other error of query-side.
 */
final class QueryProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final JsonMapper jsonMapper;

    QueryProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        // never tell why a token failed (signature, algorithm, expiry): that only helps an attacker
        String detail = tokenGiven ? "The bearer token is invalid or expired." : "A bearer token is required.";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(response, QueryProblems.of(HttpStatus.UNAUTHORIZED, detail, request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(response, QueryProblems.of(HttpStatus.FORBIDDEN,
                "Your current role does not allow this request, or your account is deleted or unknown.",
                request.getRequestURI()));
    }

    /** No instance: the refused path is the caller's own text and is never echoed. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
            throws IOException {
        write(response, QueryProblems.of(HttpStatus.BAD_REQUEST, Problems.REQUEST_REJECTED_DETAIL, null));
    }

    void refuseCors(HttpServletResponse response) throws IOException {
        ProblemDetail problem = QueryProblems.of(HttpStatus.FORBIDDEN, Problems.CORS_REFUSED_DETAIL, null);
        problem.setType(QueryProblems.type("cors-refused"));
        write(response, problem);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        problem.setProperty(CorrelationIds.PROBLEM_PROPERTY, ProblemErrorReportValve.correlationId(response));
        jsonMapper.writeValue(response.getOutputStream(), QueryProblems.asMap(problem));
    }
}
