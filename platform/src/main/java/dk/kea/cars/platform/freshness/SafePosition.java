package dk.kea.cars.platform.freshness;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * The position up to which a read model has applied every event, from the stored tokens of all its segments.
 * <p>
 * A segment's token says it has passed every position up to its index, except its gaps (JPA store only: positions
 * it passed without an event there). Each segment passes every event and applies those of its own sequences, so
 * the read model has applied every event at or before the lowest index of its segments, except events in a gap.
 * A gap that holds a committed event holds the position back to just before it; a gap without one, at the moment
 * of asking, holds nothing back: every event committed at that moment at or before the position has been applied.
 * On Axon Server ({@code GlobalSequenceTrackingToken}) there are no gaps and the position is the lowest segment's.
 * <p>
 * During an in-place replay ({@code ReplayToken}) a segment still shows everything it had applied before the reset
 * ({@code VersionGate} rewrites rows from their latest event, never back to an older state), so it counts as far as
 * the further of its position before the reset and its replay's position. A segment without a token has applied
 * nothing: {@link #NONE}.
 */
public final class SafePosition {

    /** Before the first event. */
    public static final long NONE = -1;

    private SafePosition() {
    }

    /** {@code segments}: every segment's token, null for one that has none yet. */
    public static long of(Collection<TrackingToken> segments, CommittedGaps committed) {
        if (segments.isEmpty()) {
            return NONE;
        }
        List<Reach> reaches = segments.stream().map(SafePosition::reach).toList();
        long lowest = reaches.stream().mapToLong(Reach::index).min().orElse(NONE);
        SortedSet<Long> gaps = new TreeSet<>();
        reaches.forEach(reach -> gaps.addAll(reach.gaps().headSet(lowest + 1)));
        if (gaps.isEmpty()) {
            return lowest;
        }
        OptionalLong firstEvent = committed.lowest(gaps);
        return firstEvent.isPresent() ? Math.min(lowest, firstEvent.getAsLong() - 1) : lowest;
    }

    /** What one segment's token says: it has passed every position up to {@code index}, except {@code gaps}. */
    record Reach(long index, SortedSet<Long> gaps) {
    }

    static Reach reach(TrackingToken token) {
        if (token == null) {
            return new Reach(NONE, Collections.emptySortedSet());
        }
        if (token instanceof ReplayToken replay) {
            Reach beforeReset = reach(replay.getTokenAtReset());
            Reach replayed = reach(replay.getCurrentToken());
            return replayed.index() > beforeReset.index() ? replayed : beforeReset;
        }
        if (token instanceof WrappedToken wrapped) {
            return reach(wrapped.lowerBound());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return new Reach(gapAware.getIndex(), gapAware.getGaps());
        }
        return new Reach(token.position().orElse(NONE), Collections.emptySortedSet());
    }
}
