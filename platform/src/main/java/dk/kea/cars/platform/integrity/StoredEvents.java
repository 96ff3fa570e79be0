package dk.kea.cars.platform.integrity;

import java.util.List;

/**
 * Reads events as the store keeps them, bypassing the upcaster chain: what an event's hash was computed over is
 * what the store holds, so verification must see those bytes, not the message an upcaster makes of them. The one
 * store-specific piece of tamper evidence (Axon's own API hands out upcast messages only): the JPA store's table and
 * Axon Server's event channel each have an implementation.
 */
public interface StoredEvents {

    /** Position "before the first event". */
    long BEFORE_FIRST = -1;

    /** Up to {@code max} events after {@code position} ({@link #BEFORE_FIRST}: from the first), in store order. */
    List<StoredEvent> after(long position, int max);

    /** Up to {@code max} events of one aggregate, from {@code fromSequence} on, in sequence order. */
    List<StoredEvent> ofAggregate(String aggregateId, long fromSequence, int max);

    /** The newest event's position; {@link #BEFORE_FIRST} for an empty store. */
    long head();
}
