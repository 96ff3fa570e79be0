package dk.kea.cars.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Bucket4j throttle on a clock the test moves. */
class AuthLoginThrottleTest {

    private final FakeClock clock = new FakeClock();
    private final AuthLoginThrottle throttle = new AuthLoginThrottle(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void theEmailIsRefusedOnceItsFailuresAreUsedUpUntilTheWindowHasPassed() {
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.attempt("a@kea.dk", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> throttle.attempt("a@kea.dk", "10.0.0.2"))
                .isInstanceOfSatisfying(AuthLoginThrottled.class, refused -> assertThat(refused.retryAfter())
                        .isEqualTo(Duration.ofMinutes(10)))
                .hasMessageNotContaining("a@kea.dk");
        throttle.attempt("b@kea.dk", "10.0.0.2");

        clock.advance(Duration.ofMinutes(10));
        throttle.attempt("a@kea.dk", "10.0.0.3");
    }

    @Test
    void theAddressIsRefusedOnceItsFailuresAreUsedUpWhateverTheEmail() {
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.attempt("user" + attempt + "@kea.dk", "10.0.0.9");
        }

        assertThatThrownBy(() -> throttle.attempt("fresh@kea.dk", "10.0.0.9"))
                .isInstanceOf(AuthLoginThrottled.class);
        // the refused attempt did not cost the email anything
        assertThat(throttle.remainingForEmail("fresh@kea.dk")).isEqualTo(3);
        throttle.attempt("fresh@kea.dk", "10.0.0.10");
    }

    @Test
    void aSuccessfulLoginResetsTheEmailAndRefundsTheAddress() {
        throttle.attempt("a@kea.dk", "10.0.0.1");
        throttle.attempt("a@kea.dk", "10.0.0.1");
        throttle.attempt("a@kea.dk", "10.0.0.1");
        throttle.succeeded("a@kea.dk", "10.0.0.1");

        assertThat(throttle.remainingForEmail("a@kea.dk")).isEqualTo(3);
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.attempt("a@kea.dk", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.attempt("a@kea.dk", "10.0.0.1")).isInstanceOf(AuthLoginThrottled.class);
    }

    @Test
    void retryAfterIsWholeSecondsAndAtLeastOne() {
        for (int attempt = 0; attempt < 3; attempt++) {
            throttle.attempt("a@kea.dk", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15).minusMillis(1500));

        assertThatThrownBy(() -> throttle.attempt("a@kea.dk", "10.0.0.1"))
                .isInstanceOfSatisfying(AuthLoginThrottled.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void nonsenseLimitsAreRefusedAtStart() {
        assertThatThrownBy(() -> new AuthLoginThrottle(0, 5, Duration.ofMinutes(1)))
                .hasMessageContaining("kea.auth.throttle");
        assertThatThrownBy(() -> new AuthLoginThrottle(5, 5, Duration.ZERO)).hasMessageContaining("window");
    }

    private static final class FakeClock implements TimeMeter {

        private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
