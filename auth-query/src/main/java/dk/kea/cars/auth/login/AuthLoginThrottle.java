package dk.kea.cars.auth.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per email and per client address in a fixed window (spec §3). Past the limit, logins for
 * that key are refused until the window ends, whether the password would be right or not. Kept in memory: each
 * instance throttles on its own, which is enough to make guessing slow.
 */
@Component
public class AuthLoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final int maxPerEmail;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public AuthLoginThrottle(@Value("${kea.auth.throttle.max-failures-per-email:5}") int maxPerEmail,
                             @Value("${kea.auth.throttle.max-failures-per-address:20}") int maxPerAddress,
                             @Value("${kea.auth.throttle.window:15m}") Duration window) {
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    void check(String email, String address) {
        Instant now = Instant.now();
        refuseIfOver("email:" + email, maxPerEmail, now);
        refuseIfOver("address:" + address, maxPerAddress, now);
    }

    void failed(String email, String address) {
        Instant now = Instant.now();
        count("email:" + email, now);
        count("address:" + address, now);
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.endsBefore(now));
        }
    }

    void succeeded(String email) {
        failures.remove("email:" + email);
    }

    private void refuseIfOver(String key, int max, Instant now) {
        Failures entry = failures.get(key);
        if (entry != null && !entry.endsBefore(now) && entry.count() >= max) {
            throw new AuthLoginThrottled(Duration.between(now, entry.end()).plusSeconds(1));
        }
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, entry) -> entry == null || entry.endsBefore(now)
                ? new Failures(now.plus(window), 1)
                : new Failures(entry.end(), entry.count() + 1));
    }

    private record Failures(Instant end, int count) {

        boolean endsBefore(Instant now) {
            return !end.isAfter(now);
        }
    }
}
