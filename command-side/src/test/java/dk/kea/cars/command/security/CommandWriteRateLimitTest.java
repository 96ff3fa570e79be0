package dk.kea.cars.command.security;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-token write allowance, on a clock the test moves. */
class CommandWriteRateLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void allowsTheLimitPerMinuteThenAsksToRetryLater() {
        CommandWriteRateLimit limit = new CommandWriteRateLimit(3, clock);

        assertThat(limit.tryWrite("alice")).isEmpty();
        assertThat(limit.tryWrite("alice")).isEmpty();
        assertThat(limit.tryWrite("alice")).isEmpty();

        assertThat(limit.tryWrite("alice")).hasValue(20);
    }

    @Test
    void eachSubjectHasItsOwnAllowance() {
        CommandWriteRateLimit limit = new CommandWriteRateLimit(1, clock);

        assertThat(limit.tryWrite("alice")).isEmpty();
        assertThat(limit.tryWrite("alice")).isPresent();

        assertThat(limit.tryWrite("bob")).isEmpty();
    }

    @Test
    void refillsSmoothlyOverTheMinute() {
        CommandWriteRateLimit limit = new CommandWriteRateLimit(60, clock);
        for (int i = 0; i < 60; i++) {
            assertThat(limit.tryWrite("alice")).isEmpty();
        }
        assertThat(limit.tryWrite("alice")).hasValue(1);

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(limit.tryWrite("alice")).isEmpty();
        assertThat(limit.tryWrite("alice")).isPresent();

        now.addAndGet(Duration.ofMinutes(1).toNanos());
        for (int i = 0; i < 60; i++) {
            assertThat(limit.tryWrite("alice")).isEmpty();
        }
        assertThat(limit.tryWrite("alice")).isPresent();
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        CommandWriteRateLimit limit = new CommandWriteRateLimit(6000, clock);
        for (int i = 0; i < 6000; i++) {
            limit.tryWrite("alice");
        }

        assertThat(limit.tryWrite("alice")).hasValue(1);
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new CommandWriteRateLimit(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
