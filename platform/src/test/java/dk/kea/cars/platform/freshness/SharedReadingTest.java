package dk.kea.cars.platform.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A reading is reused only by callers for whom it started late enough; a failed one is not kept. */
class SharedReadingTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger readings = new AtomicInteger();
    private volatile boolean failing;
    private final SharedReading<Integer> shared = new SharedReading<>(() -> {
        if (failing) {
            throw new IllegalStateException("store down");
        }
        return readings.incrementAndGet();
    }, () -> clock.getAndIncrement());

    @Test
    void aReadingThatStartedAfterTheMomentIsShared() {
        SharedReading.Stamped<Integer> first = shared.startedAfter(500);

        assertThat(first.value()).isEqualTo(1);
        assertThat(first.startedAt()).isGreaterThan(500);
        assertThat(shared.startedAfter(first.startedAt() - 1).value()).isEqualTo(1);
        assertThat(readings).hasValue(1);
    }

    @Test
    void aCallerWhoseMomentCameAfterTheLastReadingGetsANewOne() {
        SharedReading.Stamped<Integer> first = shared.startedAfter(500);

        SharedReading.Stamped<Integer> second = shared.startedAfter(first.startedAt());

        assertThat(second.value()).isEqualTo(2);
        assertThat(second.startedAt()).isGreaterThan(first.startedAt());
    }

    @Test
    void aReadingNeverStartsAtOrBeforeTheMomentAskedFor() {
        long moment = clock.get() + 5;

        assertThat(shared.startedAfter(moment).startedAt()).isGreaterThan(moment);
    }

    @Test
    void aFailedReadingIsNotKept() {
        SharedReading.Stamped<Integer> first = shared.startedAfter(500);
        failing = true;

        assertThatThrownBy(() -> shared.startedAfter(first.startedAt())).hasMessage("store down");
        failing = false;
        assertThat(shared.startedAfter(first.startedAt()).value()).isEqualTo(2);
    }
}
