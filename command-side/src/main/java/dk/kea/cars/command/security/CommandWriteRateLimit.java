package dk.kea.cars.command.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code perMinute} writes per caller (token subject) in any minute, refilled smoothly (Bucket4j greedy
 * refill), so a stolen or runaway token cannot flood the event store. Not a bean: the command-side security chain
 * owns one instance.
 */
final class CommandWriteRateLimit {

    /** Subjects are verified token subjects (employees), so this bound is only a safety net. */
    private static final int MAX_CALLERS = 100_000;

    private final long perMinute;
    private final TimeMeter clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    CommandWriteRateLimit(long perMinute) {
        this(perMinute, TimeMeter.SYSTEM_NANOTIME);
    }

    CommandWriteRateLimit(long perMinute, TimeMeter clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("kea.security.write-rate.per-minute must be at least 1");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one write from the caller's allowance: empty when allowed, else the seconds to wait (at least 1). */
    OptionalLong tryWrite(String subject) {
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(subject, any -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock)
                .build();
    }
}
