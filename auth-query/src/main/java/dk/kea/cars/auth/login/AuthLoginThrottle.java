package dk.kea.cars.auth.login;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles failed logins per email and per client address (spec §3) with Bucket4j token buckets: each email may
 * fail {@code kea.auth.throttle.max-failures-per-email} times and each address
 * {@code kea.auth.throttle.max-failures-per-address} times per {@code kea.auth.throttle.window}; the bucket fills
 * up again in full when the window, counted from the bucket's first attempt, has passed. An attempt takes a token
 * from both buckets before the password is checked, so parallel guesses cannot slip past the limit; an empty bucket
 * refuses the login, right password or not, with the time until its next token. A successful login gives the
 * address its token back and resets the email's bucket. Kept in memory: each instance throttles on its own, which is
 * enough to make guessing slow.
 */
@Component
public class AuthLoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final Limit perEmail;
    private final Limit perAddress;

    @Autowired
    public AuthLoginThrottle(@Value("${kea.auth.throttle.max-failures-per-email:5}") int maxPerEmail,
                             @Value("${kea.auth.throttle.max-failures-per-address:20}") int maxPerAddress,
                             @Value("${kea.auth.throttle.window:15m}") Duration window) {
        this(maxPerEmail, maxPerAddress, window, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the clock the buckets read; tests pass a clock of their own. */
    AuthLoginThrottle(int maxPerEmail, int maxPerAddress, Duration window, TimeMeter clock) {
        if (maxPerEmail < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("kea.auth.throttle.max-failures-per-email and -per-address must be at "
                    + "least 1 and kea.auth.throttle.window positive");
        }
        this.perEmail = new Limit(maxPerEmail, window, clock);
        this.perAddress = new Limit(maxPerAddress, window, clock);
    }

    /** Takes one attempt from the email's and the address's bucket, or refuses with how long to wait. */
    void attempt(String email, String address) {
        perEmail.take(email);
        try {
            perAddress.take(address);
        } catch (AuthLoginThrottled refused) {
            perEmail.giveBack(email); // the attempt did not happen
            throw refused;
        }
    }

    /** A right password: the email starts afresh, and the address does not pay for this attempt. */
    void succeeded(String email, String address) {
        perEmail.reset(email);
        perAddress.giveBack(address);
    }

    /** Tokens left for the email; for tests and diagnostics. */
    long remainingForEmail(String email) {
        return perEmail.remaining(email);
    }

    /** One bucket per key (email or address), created on its first attempt. */
    private static final class Limit {

        private final int capacity;
        private final Duration window;
        private final TimeMeter clock;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        Limit(int capacity, Duration window, TimeMeter clock) {
            this.capacity = capacity;
            this.window = window;
            this.clock = clock;
        }

        void take(String key) {
            ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw new AuthLoginThrottled(retryAfter(probe.getNanosToWaitForRefill()));
            }
            if (buckets.size() > PRUNE_ABOVE) {
                // a full bucket remembers nothing: dropping it is the same as keeping it
                buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
            }
        }

        void giveBack(String key) {
            Bucket bucket = buckets.get(key);
            if (bucket != null) {
                bucket.addTokens(1); // never above the capacity
            }
        }

        void reset(String key) {
            buckets.remove(key);
        }

        long remaining(String key) {
            Bucket bucket = buckets.get(key);
            return bucket == null ? capacity : bucket.getAvailableTokens();
        }

        private Bucket newBucket() {
            return Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, window))
                    .withCustomTimePrecision(clock)
                    .build();
        }

        /** Whole seconds, rounded up, at least one: what a Retry-After header can say. */
        private static Duration retryAfter(long nanos) {
            long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
            return Duration.ofSeconds(seconds);
        }
    }
}
