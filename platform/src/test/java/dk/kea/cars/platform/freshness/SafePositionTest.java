package dk.kea.cars.platform.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/**
 * The position up to which a read model has applied every event, from its segments' tokens: Axon Server's
 * {@code GlobalSequenceTrackingToken} and the JPA store's {@code GapAwareTrackingToken}, whose gaps count only when the
 * store holds an event there.
 */
class SafePositionTest {

    /** A store in which only these positions hold an event (of those a token names as gaps). */
    private static CommittedGaps storeWithEventsAt(Long... positions) {
        Set<Long> events = Set.of(positions);
        return gaps -> gaps.stream().filter(events::contains).mapToLong(Long::longValue).findFirst();
    }

    private static long of(CommittedGaps store, TrackingToken... segments) {
        return SafePosition.of(Arrays.asList(segments), store);
    }

    @Test
    void onAxonServerItIsTheLowestSegmentsPosition() {
        assertThat(of(CommittedGaps.ASSUME_ALL, new GlobalSequenceTrackingToken(41), new GlobalSequenceTrackingToken(37)))
                .isEqualTo(37);
        assertThat(of(CommittedGaps.ASSUME_ALL, new GlobalSequenceTrackingToken(41))).isEqualTo(41);
    }

    @Test
    void aSegmentWithoutATokenOrNoSegmentAtAllHasAppliedNothing() {
        assertThat(of(CommittedGaps.ASSUME_ALL, new GlobalSequenceTrackingToken(41), null)).isEqualTo(-1);
        assertThat(SafePosition.of(List.of(), CommittedGaps.ASSUME_ALL)).isEqualTo(SafePosition.NONE);
    }

    @Test
    void onTheJpaStoreWithoutGapsItIsTheLowestIndex() {
        assertThat(of(storeWithEventsAt(), GapAwareTrackingToken.newInstance(20, List.of()),
                GapAwareTrackingToken.newInstance(25, List.of()))).isEqualTo(20);
    }

    @Test
    void aGapThatHoldsACommittedEventHoldsThePositionBackToJustBeforeIt() {
        // the segment passed 14 while its transaction was open; it has committed since, and is not applied yet
        TrackingToken segment0 = GapAwareTrackingToken.newInstance(20, List.of(14L, 17L));
        TrackingToken segment1 = GapAwareTrackingToken.newInstance(22, List.of());

        assertThat(of(storeWithEventsAt(14L, 17L), segment0, segment1)).isEqualTo(13);
        assertThat(of(storeWithEventsAt(17L), segment0, segment1)).isEqualTo(16);
        assertThat(of(CommittedGaps.ASSUME_ALL, segment0, segment1)).isEqualTo(13);
    }

    @Test
    void aGapWithoutAnEventHoldsNothingBack() {
        // a rolled-back transaction's position: no event will ever be stored there
        assertThat(of(storeWithEventsAt(), GapAwareTrackingToken.newInstance(20, List.of(14L, 17L)),
                GapAwareTrackingToken.newInstance(22, List.of(21L)))).isEqualTo(20);
    }

    @Test
    void onlyGapsAtOrBeforeTheLowestIndexAreAsked() {
        AtomicReference<SortedSet<Long>> asked = new AtomicReference<>();
        CommittedGaps recording = gaps -> {
            asked.set(gaps);
            return OptionalLong.empty();
        };

        long position = of(recording, GapAwareTrackingToken.newInstance(20, List.of(9L, 19L)),
                GapAwareTrackingToken.newInstance(30, List.of(12L, 20L, 25L)));

        assertThat(position).isEqualTo(20);
        assertThat(asked.get()).containsExactly(9L, 12L, 19L, 20L);
    }

    @Test
    void aStoreThatCannotTellCountsEveryGap() {
        assertThat(of(CommittedGaps.ASSUME_ALL, GapAwareTrackingToken.newInstance(20, List.of(14L)))).isEqualTo(13);
    }

    @Test
    void duringAnInPlaceReplayASegmentStillShowsWhatItHadAppliedBeforeTheReset() {
        TrackingToken beforeReset = new GlobalSequenceTrackingToken(50);
        TrackingToken replaying = ReplayToken.createReplayToken(beforeReset, new GlobalSequenceTrackingToken(3));
        TrackingToken replayStarting = ReplayToken.createReplayToken(beforeReset);

        assertThat(of(CommittedGaps.ASSUME_ALL, replaying, new GlobalSequenceTrackingToken(55))).isEqualTo(50);
        assertThat(of(CommittedGaps.ASSUME_ALL, replayStarting)).isEqualTo(50);
        assertThat(of(storeWithEventsAt(44L), ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(50, List.of(44L)), GapAwareTrackingToken.newInstance(3, List.of()))))
                .isEqualTo(43);
    }

    @Test
    void aSegmentBeingMergedCountsAsItsLowerHalf() {
        TrackingToken merging = new MergedTrackingToken(new GlobalSequenceTrackingToken(30),
                new GlobalSequenceTrackingToken(45));

        assertThat(of(CommittedGaps.ASSUME_ALL, merging, new GlobalSequenceTrackingToken(60))).isEqualTo(30);
    }

    @Test
    void theLagIsTheDistanceToTheHeadAndNeverNegative() {
        assertThat(new Freshness(37, 41).lag()).isEqualTo(4);
        assertThat(new Freshness(41, 41).lag()).isZero();
        assertThat(new Freshness(-1, -1).lag()).isZero();
        assertThat(new Freshness(-1, 9).lag()).isEqualTo(10);
    }
}
