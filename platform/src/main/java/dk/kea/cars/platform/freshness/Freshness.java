package dk.kea.cars.platform.freshness;

/**
 * One reading of a read model: the position up to which it has applied every event ({@link SafePosition}) and the
 * event store's head, read after it.
 */
public record Freshness(long position, long head) {

    /** How many positions the read model is behind the head (0 when it has applied everything). */
    public long lag() {
        return Math.max(0, head - position);
    }
}
