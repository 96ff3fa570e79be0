package dk.kea.cars.api.common;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request (spec §7, §8): the client's {@code X-Correlation-Id} when it is a plain token,
 * otherwise a new UUID. The same id goes into the metadata of every command and event the request causes, into its
 * response's {@code X-Correlation-Id} header and into every problem body ({@code correlation_id}), so support finds
 * a failed request's events and log lines from what the client saw.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String PROBLEM_PROPERTY = "correlation_id";
    /** The request attribute that holds the id once it was decided, so every component quotes the same one. */
    public static final String REQUEST_ATTRIBUTE = "dk.kea.cars.correlationId";

    /** Plain characters only: the id is logged and echoed, so nothing that could forge a log line or a header. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationIds() {
    }

    /** The client's id when it is safe to keep, else a new one. */
    public static String acceptOrNew(String given) {
        return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
