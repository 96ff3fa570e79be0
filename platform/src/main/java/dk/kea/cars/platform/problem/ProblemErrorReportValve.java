package dk.kea.cars.platform.problem;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error report as an RFC 9457 problem (spec §8), for every error no handler of ours answered: what
 * Tomcat refuses before any filter runs (a NUL byte or a bad escape in the path, headers over the size limit,
 * {@code TRACE}), an exception that escaped every handler (500, logged with the correlation id), and an error
 * status that went out without a body (a {@code sendError}, or a problem Spring dropped because the request's
 * {@code Accept} header could not be parsed). It also decides each request's correlation id before anything else
 * runs ({@link #correlationId}) and sends it back in {@code X-Correlation-Id}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorReportValve.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    /** The request's correlation id, decided once per request and kept as a request attribute. */
    public static String correlationId(ServletRequest request) {
        if (request.getAttribute(CorrelationIds.REQUEST_ATTRIBUTE) instanceof String known) {
            return known;
        }
        String given = request instanceof HttpServletRequest http ? http.getHeader(CorrelationIds.HEADER) : null;
        String id = CorrelationIds.acceptOrNew(given);
        request.setAttribute(CorrelationIds.REQUEST_ATTRIBUTE, id);
        return id;
    }

    /** The id {@link #invoke} put on the response, for writers that see only the response; {@code null} without it. */
    public static String correlationId(HttpServletResponse response) {
        return response.getHeader(CorrelationIds.HEADER);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        response.setHeader(CorrelationIds.HEADER, correlationId(request));
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        boolean answered = status < 400 || response.getContentWritten() > 0
                || response.isError() && !response.setErrorReported();
        if (answered) {
            return;
        }
        String correlationId = correlationId(request);
        if (status >= 500) {
            LOG.error("Unanswered failure, status {} [correlationId={}]", status, correlationId, failure);
        }
        try {
            write(response, Problems.ofStatus(status, reasonPhrase(status), correlationId));
        } catch (IOException | RuntimeException unwritable) {
            LOG.warn("Could not write the problem for status {} [correlationId={}]", status, correlationId,
                    unwritable);
        }
    }

    private static String reasonPhrase(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    private static void write(Response response, Map<String, Object> problem) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(CorrelationIds.HEADER, (String) problem.get(CorrelationIds.PROBLEM_PROPERTY));
        Writer writer = response.getReporter();
        if (writer != null) {
            writer.write(JSON.writeValueAsString(problem));
            response.finishResponse();
        }
    }
}
