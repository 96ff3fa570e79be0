package dk.kea.cars.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The login throttle's growing delays, on a clock the test moves. */
class AuthLoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.9";

    private final MovableClock clock = new MovableClock();
    private final AuthLoginThrottle throttle = throttle(1000, 3);

    @Test
    void aStrangerFailingForAnEmailNeverLocksOutTheEmployeeElsewhere() {
        failFreely("admin@kea.dk", ATTACKER, 3);

        assertThatThrownBy(() -> throttle.attempt("admin@kea.dk", ATTACKER)).isInstanceOf(AuthLoginThrottled.class);
        throttle.attempt("admin@kea.dk", OFFICE);
        throttle.succeeded("admin@kea.dk", OFFICE);
    }

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheDelayUpToTheMaximum() {
        failFreely("a@kea.dk", ATTACKER, 3);

        assertThat(refusal("a@kea.dk", ATTACKER).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(waitAfterOneMoreFailure("a@kea.dk")).isEqualTo(Duration.ofSeconds(2));
        assertThat(waitAfterOneMoreFailure("a@kea.dk")).isEqualTo(Duration.ofSeconds(4));
        for (int failure = 0; failure < 12; failure++) {
            waitAfterOneMoreFailure("a@kea.dk");
        }
        assertThat(refusal("a@kea.dk", ATTACKER).retryAfter()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theAddressIsSlowedDownWhateverEmailsItTries() {
        AuthLoginThrottle throttle = throttle(5, 3);
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.attempt("user" + attempt + "@kea.dk", ATTACKER);
        }

        assertThatThrownBy(() -> throttle.attempt("fresh@kea.dk", ATTACKER))
                .isInstanceOfSatisfying(AuthLoginThrottled.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        throttle.attempt("fresh@kea.dk", OFFICE);
    }

    @Test
    void aRightPasswordClearsTheEmailAtThatAddressAndRefundsTheAddress() {
        failFreely("a@kea.dk", ATTACKER, 2);
        throttle.attempt("a@kea.dk", ATTACKER);
        throttle.succeeded("a@kea.dk", ATTACKER);

        failFreely("a@kea.dk", ATTACKER, 3);
        assertThatThrownBy(() -> throttle.attempt("a@kea.dk", ATTACKER)).isInstanceOf(AuthLoginThrottled.class);
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        failFreely("a@kea.dk", ATTACKER, 3);
        clock.advance(Duration.ofHours(24));

        failFreely("a@kea.dk", ATTACKER, 3);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        failFreely("a@kea.dk", ATTACKER, 3);
        clock.advance(Duration.ofSeconds(1));
        throttle.attempt("a@kea.dk", ATTACKER);
        clock.advance(Duration.ofMillis(300));

        assertThat(refusal("a@kea.dk", ATTACKER).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void nonsensePoliciesAreRefusedAtStart() {
        assertThatThrownBy(() -> new AuthLoginThrottle.Policy(5, -1, Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofHours(1))).hasMessageContaining("kea.auth.throttle");
        assertThatThrownBy(() -> new AuthLoginThrottle.Policy(5, 5, Duration.ZERO, Duration.ofMinutes(1),
                Duration.ofHours(1))).hasMessageContaining("first-delay");
    }

    private AuthLoginThrottle throttle(int freePerAddress, int freePerEmailAndAddress) {
        return new AuthLoginThrottle(new AuthLoginThrottle.Policy(freePerAddress, freePerEmailAndAddress,
                Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24)), clock);
    }

    private void failFreely(String email, String address, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            throttle.attempt(email, address);
        }
    }

    /** Fails once more from the attacker's address as soon as allowed; answers how long that had to wait. */
    private Duration waitAfterOneMoreFailure(String email) {
        Duration wait = refusal(email, ATTACKER).retryAfter();
        clock.advance(wait);
        throttle.attempt(email, ATTACKER);
        return refusal(email, ATTACKER).retryAfter();
    }

    private AuthLoginThrottled refusal(String email, String address) {
        try {
            throttle.attempt(email, address);
        } catch (AuthLoginThrottled refused) {
            return refused;
        }
        throw new AssertionError("not throttled: " + email + " at " + address);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
