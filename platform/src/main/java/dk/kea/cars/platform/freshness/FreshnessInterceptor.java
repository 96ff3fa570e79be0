package dk.kea.cars.platform.freshness;

import dk.kea.cars.api.common.FreshnessHeaders;
import dk.kea.cars.platform.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every read a service answers from a read model ({@link ReadModelReads}) carries that read model's position and lag,
 * read before the controller reads the data, so the answer is at least as fresh as the position says. A read with
 * {@code X-Read-Model-Min-Position} first waits until the read model has reached it: then it answers as usual,
 * after {@code kea.freshness.wait-timeout} a 503 problem with {@code Retry-After} instead of older data. A header that
 * is not one whole number from 0 is a 400 problem.
 */
public class FreshnessInterceptor implements HandlerInterceptor {

    static final String MALFORMED_DETAIL = FreshnessHeaders.MIN_POSITION + " must be one whole number from 0: a "
            + "position from " + FreshnessHeaders.EVENT_POSITION + " or " + FreshnessHeaders.POSITION + ".";
    /** Seconds; a read model that is behind usually catches up within milliseconds. */
    static final String RETRY_AFTER_SECONDS = "1";
    private static final Pattern POSITION = Pattern.compile("[0-9]{1,18}");

    private final List<ReadModelReads> reads;
    private final ReadModelFreshness freshness;
    private final Duration waitTimeout;

    public FreshnessInterceptor(List<ReadModelReads> reads, ReadModelFreshness freshness, Duration waitTimeout) {
        this.reads = List.copyOf(reads);
        this.freshness = freshness;
        this.waitTimeout = waitTimeout;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        long arrival = System.nanoTime();
        Optional<String> processor = processorOf(handler, request.getMethod());
        if (processor.isEmpty()) {
            return true;
        }
        List<String> asked = Collections.list(request.getHeaders(FreshnessHeaders.MIN_POSITION));
        if (asked.isEmpty()) {
            freshness.recent(processor.get()).ifPresent(reading -> describe(response, reading));
            return true;
        }
        OptionalLong minPosition = parse(asked);
        if (minPosition.isEmpty()) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, MALFORMED_DETAIL,
                    ProblemResponses.plainPath(request));
            return false;
        }
        ReadModelFreshness.Wait wait = freshness.await(processor.get(), minPosition.getAsLong(), arrival, waitTimeout);
        if (wait.last() != null) {
            describe(response, wait.last());
        }
        if (wait.reached()) {
            return true;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind", "Read model behind",
                behind(processor.get(), minPosition.getAsLong(), wait.last()), ProblemResponses.plainPath(request));
        return false;
    }

    private Optional<String> processorOf(Object handler, String method) {
        if (!(handler instanceof HandlerMethod controller)) {
            return Optional.empty();
        }
        return reads.stream().filter(read -> read.covers(controller.getBeanType(), method))
                .map(ReadModelReads::processor).findFirst();
    }

    static OptionalLong parse(List<String> values) {
        if (values.size() != 1 || !POSITION.matcher(values.get(0).trim()).matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(values.get(0).trim()));
    }

    private static void describe(HttpServletResponse response, Freshness reading) {
        response.setHeader(FreshnessHeaders.POSITION, Long.toString(reading.position()));
        response.setHeader(FreshnessHeaders.LAG, Long.toString(reading.lag()));
    }

    private String behind(String processor, long minPosition, Freshness last) {
        String reached = last == null ? "could not be read"
                : "has reached position " + last.position() + " (the event store's newest event is at " + last.head()
                + ")";
        return "Read model '" + processor + "' did not reach position " + minPosition + " within " + waitTimeout.toMillis()
                + " ms: it " + reached + ". Try again later.";
    }
}
