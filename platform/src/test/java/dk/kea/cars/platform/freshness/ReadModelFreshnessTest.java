package dk.kea.cars.platform.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

/**
 * Readings of a read model's position and the head: shared while recent enough for a plain read, always taken after
 * the arrival of a read that waits for a position, and a wait that ends either when the position is reached or after
 * its timeout.
 */
class ReadModelFreshnessTest {

    private static final String PROCESSOR = "things";
    private static final Duration LONG_AGO = Duration.ofHours(1);

    /** The stored tokens of the processor's two segments, as a token store holds them. */
    private volatile List<TrackingToken> stored = List.of(new GlobalSequenceTrackingToken(5),
            new GlobalSequenceTrackingToken(7));
    private final AtomicLong head = new AtomicLong(7);
    private final AtomicInteger tokenReads = new AtomicInteger();
    private volatile boolean storeDown;

    private final SegmentTokenReader reader = (processor, store) -> {
        if (storeDown) {
            throw new IllegalStateException("token store unreachable");
        }
        tokenReads.incrementAndGet();
        return processor.equals(PROCESSOR) ? Optional.of(stored) : Optional.empty();
    };

    private ReadModelFreshness freshness(Duration readingMaxAge) {
        return new ReadModelFreshness(name -> new InMemoryTokenStore(), List.of(reader), CommittedGaps.ASSUME_ALL,
                new EventStoreHead(() -> new GlobalSequenceTrackingToken(head.get())), readingMaxAge);
    }

    private void advanceTo(long position) {
        head.set(Math.max(head.get(), position));
        stored = List.of(new GlobalSequenceTrackingToken(position), new GlobalSequenceTrackingToken(position));
    }

    @Test
    void aReadingIsTheLowestSegmentAndTheHeadReadAfterIt() {
        assertThat(freshness(Duration.ZERO).recent(PROCESSOR)).contains(new Freshness(5, 7));
    }

    @Test
    void aRecentReadingIsSharedAndAnOldOneIsNot() {
        ReadModelFreshness cached = freshness(LONG_AGO);
        cached.recent(PROCESSOR);
        advanceTo(9);

        assertThat(cached.recent(PROCESSOR)).contains(new Freshness(5, 7));
        assertThat(tokenReads).hasValue(1);
        assertThat(freshness(Duration.ZERO).recent(PROCESSOR)).contains(new Freshness(9, 9));
    }

    @Test
    void aWaitNeverTrustsAReadingTakenBeforeTheReadArrived() {
        ReadModelFreshness cached = freshness(LONG_AGO);
        cached.recent(PROCESSOR);
        advanceTo(9);

        ReadModelFreshness.Wait wait = cached.await(PROCESSOR, 9, System.nanoTime(), Duration.ofSeconds(5));

        assertThat(wait.reached()).isTrue();
        assertThat(wait.last()).isEqualTo(new Freshness(9, 9));
    }

    @Test
    void aWaitEndsOnceTheReadModelReachesThePosition() {
        ReadModelFreshness freshness = freshness(LONG_AGO);
        CompletableFuture.runAsync(() -> advanceTo(12), CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        ReadModelFreshness.Wait wait = freshness.await(PROCESSOR, 12, System.nanoTime(), Duration.ofSeconds(30));

        assertThat(wait.reached()).isTrue();
        assertThat(wait.last().position()).isEqualTo(12);
        assertThat(tokenReads.get()).as("it looked again while waiting").isGreaterThan(1);
    }

    @Test
    void aPositionNotReachedInTimeEndsTheWaitWithTheLastReading() {
        ReadModelFreshness.Wait wait = freshness(LONG_AGO).await(PROCESSOR, 1_000, System.nanoTime(),
                Duration.ofMillis(150));

        assertThat(wait.reached()).isFalse();
        assertThat(wait.last()).isEqualTo(new Freshness(5, 7));
    }

    @Test
    void aPositionAlreadyReachedNeedsNoWait() {
        ReadModelFreshness.Wait wait = freshness(LONG_AGO).await(PROCESSOR, 5, System.nanoTime(), Duration.ZERO);

        assertThat(wait.reached()).isTrue();
    }

    @Test
    void unreadableStoresGiveNoReadingAndAWaitThatIsNotReached() {
        storeDown = true;
        ReadModelFreshness freshness = freshness(Duration.ZERO);

        assertThat(freshness.recent(PROCESSOR)).isEmpty();
        ReadModelFreshness.Wait wait = freshness.await(PROCESSOR, 0, System.nanoTime(), Duration.ofMillis(50));
        assertThat(wait.reached()).isFalse();
        assertThat(wait.last()).isNull();
    }

    @Test
    void aProcessorNoReaderKnowsHasNoReading() {
        assertThat(freshness(Duration.ZERO).recent("unknown")).isEmpty();
    }

    @Test
    void theJpaStoresGapsAreResolvedAgainstTheStore() {
        List<Long> asked = new ArrayList<>();
        stored = List.of(GapAwareTrackingToken.newInstance(10, List.of(8L)), GapAwareTrackingToken.newInstance(11,
                List.of()));
        head.set(11);
        ReadModelFreshness freshness = new ReadModelFreshness(name -> new InMemoryTokenStore(), List.of(reader),
                gaps -> {
                    asked.addAll(gaps);
                    return java.util.OptionalLong.empty();
                }, new EventStoreHead(() -> GapAwareTrackingToken.newInstance(head.get(), List.of())), Duration.ZERO);

        assertThat(freshness.recent(PROCESSOR)).contains(new Freshness(10, 11));
        assertThat(asked).containsExactly(8L);
    }
}
