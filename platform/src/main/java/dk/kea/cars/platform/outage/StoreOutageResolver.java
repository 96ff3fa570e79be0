package dk.kea.cars.platform.outage;

import dk.kea.cars.api.common.CorrelationIds;
import dk.kea.cars.api.common.Problems;
import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * A request that failed because the event store could not be reached answers 503 with {@code Retry-After}: nothing
 * was stored, and the same request may be sent again. Runs before every service's own problem advice and leaves every
 * other failure to it.
 */
public class StoreOutageResolver implements HandlerExceptionResolver, Ordered {

    static final String DETAIL = "The event store cannot be reached right now; nothing was stored. Try again later.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoreOutageLog outages;
    private final Duration retryAfter;

    public StoreOutageResolver(StoreOutageLog outages, Duration retryAfter) {
        this.outages = outages;
        this.retryAfter = retryAfter;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!StoreOutage.isOutage(failure)) {
            return null;
        }
        outages.outage(failure);
        try {
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            response.setStatus(status.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Map<String, Object> problem = Problems.body("service-unavailable", status.getReasonPhrase(),
                    status.value(), DETAIL, request.getRequestURI());
            problem.put(CorrelationIds.PROBLEM_PROPERTY, ProblemErrorReportValve.correlationId(request));
            JSON.writeValue(response.getWriter(), problem);
        } catch (IOException unwritable) {
            return null;
        }
        return new ModelAndView();
    }

    /** Before Spring's advice-based resolver, after Boot's error-attribute recorder. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
