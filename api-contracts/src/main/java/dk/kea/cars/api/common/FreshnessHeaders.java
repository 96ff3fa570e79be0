package dk.kea.cars.api.common;

/**
 * The HTTP headers that tell a client how fresh a read model's answer is, and let it ask for one at least as fresh as
 * its own last write (README, Freshness). A position is a global position in the event store: the events at or before
 * it, in store order.
 */
public final class FreshnessHeaders {

    /** On a read: every event at or before this position has been applied by the read model that answered. */
    public static final String POSITION = "X-Read-Model-Position";
    /** On a read: how many positions the read model was behind the event store's newest event. */
    public static final String LAG = "X-Read-Model-Lag";
    /** On a read request: answer only once the read model has reached this position (or a problem after a wait). */
    public static final String MIN_POSITION = "X-Read-Model-Min-Position";
    /** On a write: a position at or after every event the write stored; a later read may ask for it. */
    public static final String EVENT_POSITION = "X-Event-Position";

    private FreshnessHeaders() {
    }
}
