package dk.kea.cars.auth.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing (spec §3) without letting a stranger lock an employee out. Failures count per client
 * address and per email at that address, never per email alone: whoever guesses at an email from one address slows
 * down only themselves, and the employee logging in from anywhere else is not affected. Each key may fail a few
 * times freely ({@code kea.auth.throttle.free-failures-per-address}, {@code …-per-email-and-address}); after that
 * each attempt has to wait a delay that doubles with every further failure, from
 * {@code kea.auth.throttle.first-delay} up to {@code kea.auth.throttle.max-delay}, and an attempt inside the delay is
 * refused (429 with {@code Retry-After}), right password or not. A key's failures are forgotten once
 * {@code kea.auth.throttle.forget-after} passed without one.
 * <p>
 * An attempt counts as a failure before the password is checked, so parallel guesses cannot slip past; a right
 * password takes it back: the email starts afresh at that address and the address gets its attempt back. Kept in
 * memory: each instance throttles on its own, which is enough to make guessing slow. See docs/security.md.
 */
@Component
public class AuthLoginThrottle {

    private final Backoff perAddress;
    private final Backoff perEmailAtAddress;

    @Autowired
    public AuthLoginThrottle(@Value("${kea.auth.throttle.free-failures-per-address:20}") int freePerAddress,
                             @Value("${kea.auth.throttle.free-failures-per-email-and-address:5}")
                             int freePerEmailAndAddress,
                             @Value("${kea.auth.throttle.first-delay:1s}") Duration firstDelay,
                             @Value("${kea.auth.throttle.max-delay:15m}") Duration maxDelay,
                             @Value("${kea.auth.throttle.forget-after:24h}") Duration forgetAfter) {
        this(new Policy(freePerAddress, freePerEmailAndAddress, firstDelay, maxDelay, forgetAfter),
                Clock.systemUTC());
    }

    /** With the clock the delays are measured on; tests pass a clock of their own. */
    AuthLoginThrottle(Policy policy, Clock clock) {
        this.perAddress = new Backoff(policy.freePerAddress(), policy, clock);
        this.perEmailAtAddress = new Backoff(policy.freePerEmailAndAddress(), policy, clock);
    }

    /** How much failing is free and how the delays grow after that. */
    record Policy(int freePerAddress, int freePerEmailAndAddress, Duration firstDelay, Duration maxDelay,
                  Duration forgetAfter) {

        Policy {
            if (freePerAddress < 0 || freePerEmailAndAddress < 0 || firstDelay.isNegative() || firstDelay.isZero()
                    || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
                throw new IllegalStateException("kea.auth.throttle: free failures must not be negative, first-delay "
                        + "must be positive, max-delay at least first-delay and forget-after at least max-delay");
            }
        }

        /** No delay for the free failures, then first-delay, doubling with each failure, at most max-delay. */
        Duration delayAfter(int failures, int free) {
            int doublings = failures - free;
            if (doublings < 0) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay.multipliedBy(1L << Math.min(doublings, 40));
            return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
        }
    }

    /** Counts the attempt for the address and for the email there, or refuses it with how long to wait. */
    void attempt(String email, String address) {
        perAddress.take(address);
        try {
            perEmailAtAddress.take(new EmailAtAddress(email, address));
        } catch (AuthLoginThrottled refused) {
            perAddress.giveBack(address); // the attempt did not happen
            throw refused;
        }
    }

    /** A right password: the email starts afresh at this address, and the address does not pay for the attempt. */
    void succeeded(String email, String address) {
        perEmailAtAddress.forget(new EmailAtAddress(email, address));
        perAddress.giveBack(address);
    }

    private record EmailAtAddress(String email, String address) {
    }

    /** The failures of each key with the time of the last one; a key without failures holds no entry. */
    private static final class Backoff {

        private static final int PRUNE_ABOVE = 10_000;

        private final int free;
        private final Policy policy;
        private final Clock clock;
        private final Map<Object, Failures> failures = new ConcurrentHashMap<>();

        Backoff(int free, Policy policy, Clock clock) {
            this.free = free;
            this.policy = policy;
            this.clock = clock;
        }

        private record Failures(int count, Instant last) {
        }

        void take(Object key) {
            Instant now = clock.instant();
            AtomicReference<Duration> wait = new AtomicReference<>(Duration.ZERO);
            failures.compute(key, (k, known) -> {
                Failures current = known == null || forgotten(known, now) ? new Failures(0, now) : known;
                Duration left = Duration.between(now, current.last().plus(policy.delayAfter(current.count(), free)));
                if (left.compareTo(Duration.ZERO) > 0) {
                    wait.set(left);
                    return current;
                }
                return new Failures(current.count() + 1, now);
            });
            if (wait.get().compareTo(Duration.ZERO) > 0) {
                throw new AuthLoginThrottled(retryAfter(wait.get()));
            }
            if (failures.size() > PRUNE_ABOVE) {
                failures.values().removeIf(entry -> forgotten(entry, now));
            }
        }

        void giveBack(Object key) {
            failures.computeIfPresent(key, (k, known) ->
                    known.count() <= 1 ? null : new Failures(known.count() - 1, known.last()));
        }

        void forget(Object key) {
            failures.remove(key);
        }

        private boolean forgotten(Failures entry, Instant now) {
            return !entry.last().plus(policy.forgetAfter()).isAfter(now);
        }

        /** Whole seconds, rounded up, at least one: what a Retry-After header can say. */
        private static Duration retryAfter(Duration wait) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return Duration.ofSeconds(seconds);
        }
    }
}
