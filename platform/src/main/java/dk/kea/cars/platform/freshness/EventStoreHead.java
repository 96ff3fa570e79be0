package dk.kea.cars.platform.freshness;

import java.util.function.Supplier;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The position of the event store's newest event. Asking costs a query (JPA store) or a call to Axon Server, so callers
 * that need a head read after the same moment share one reading.
 */
public class EventStoreHead {

    private final SharedReading<Long> readings;

    /** {@code headToken}: the store's {@code createHeadToken()}, null while it holds no event. */
    public EventStoreHead(Supplier<TrackingToken> headToken) {
        this.readings = new SharedReading<>(() -> position(headToken.get()), System::nanoTime);
    }

    /**
     * The head as read after this call began: at or after every event committed before it, such as the events of a
     * command that has just returned. {@link SafePosition#NONE} for an empty store.
     */
    public long now() {
        return after(System.nanoTime());
    }

    /** The head as read after {@code nanos} ({@link System#nanoTime()}). */
    long after(long nanos) {
        return readings.startedAfter(nanos).value();
    }

    private static long position(TrackingToken head) {
        return head == null ? SafePosition.NONE : head.position().orElse(SafePosition.NONE);
    }
}
