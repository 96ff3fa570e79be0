package dk.kea.cars.platform.freshness;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One reading shared by every caller that can use it: a caller names the moment the reading must have started after,
 * and gets the last one if it did, or takes a new one (one at a time; a failed reading is not kept).
 */
final class SharedReading<T> {

    /** A value and when (in {@link System#nanoTime()}) its reading started. */
    record Stamped<T>(T value, long startedAt) {
    }

    private final Supplier<T> source;
    private final LongSupplier clock;
    private Stamped<T> last;

    SharedReading(Supplier<T> source, LongSupplier clock) {
        this.source = source;
        this.clock = clock;
    }

    /** A reading that started strictly after {@code nanos}, so it saw everything that had happened by then. */
    synchronized Stamped<T> startedAfter(long nanos) {
        if (last != null && last.startedAt() - nanos > 0) {
            return last;
        }
        long start = clock.getAsLong();
        while (start - nanos <= 0) {
            start = clock.getAsLong();
        }
        last = new Stamped<>(source.get(), start);
        return last;
    }
}
