package dk.kea.cars.platform.freshness;

import java.util.OptionalLong;
import java.util.SortedSet;

/**
 * Which of a token's gaps hold an event now. A gap is a position a processor passed without an event there: either a
 * transaction that had not committed yet (its event will still come and be applied) or one that never will (rolled
 * back, its position lost). Only the first kind holds a read model's position back.
 */
@FunctionalInterface
public interface CommittedGaps {

    /** Without a way to ask the store, every gap may hold an event. */
    CommittedGaps ASSUME_ALL = positions -> positions.isEmpty() ? OptionalLong.empty()
            : OptionalLong.of(positions.first());

    /** The lowest of {@code positions} (ascending) at which the event store holds a committed event now. */
    OptionalLong lowest(SortedSet<Long> positions);
}
