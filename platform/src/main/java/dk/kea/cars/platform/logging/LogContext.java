package dk.kea.cars.platform.logging;

import dk.kea.cars.api.common.MetadataKeys;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every log line written while handling a request, a command, a query or an event says about it, as MDC
 * entries that the structured log formats (ECS, Logstash) write as fields of their own: the correlation id, the
 * causation id and the acting employee (the message metadata of spec §7, under the same names) and, while an event
 * processor handles an event, the processor's name.
 * <p>
 * A scope restores what the MDC held before once it closes, on the thread that opened it: a command handled inside
 * a request gets its own causation id and gives the request's back afterwards, and a pooled thread (Tomcat's, an
 * event processor's, Axon Server's) carries nothing of one message into the next.
 */
public final class LogContext {

    public static final String CORRELATION_ID = MetadataKeys.CORRELATION_ID;
    public static final String CAUSATION_ID = MetadataKeys.CAUSATION_ID;
    public static final String EMPLOYEE_ID = MetadataKeys.EMPLOYEE_ID;
    public static final String PROCESSOR = "processor";

    /** The entries a message carries in its metadata, under the same names. */
    static final List<String> MESSAGE_KEYS = List.of(CORRELATION_ID, CAUSATION_ID, EMPLOYEE_ID);

    private LogContext() {
    }

    /** Open until {@link Scope#close()}, which puts back what the MDC held before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Puts the entries with a value into the MDC; entries without one leave what is there (an enclosing scope's). */
    public static Scope open(Map<String, ?> entries) {
        Map<String, String> previous = new HashMap<>();
        entries.forEach((key, value) -> {
            if (value != null) {
                previous.put(key, MDC.get(key));
                MDC.put(key, value.toString());
            }
        });
        return () -> previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }

    /** This thread's entries among {@link #MESSAGE_KEYS}, for the metadata of a message it sends. */
    static Map<String, String> currentMessageEntries() {
        Map<String, String> current = new HashMap<>();
        for (String key : MESSAGE_KEYS) {
            String value = MDC.get(key);
            if (value != null) {
                current.put(key, value);
            }
        }
        return current;
    }
}
