package dk.kea.cars.auth.login;

import java.time.Duration;

/** Too many failed logins for one email or one client address; try again after {@link #retryAfter()}. */
public class AuthLoginThrottled extends RuntimeException {

    private final Duration retryAfter;

    public AuthLoginThrottled(Duration retryAfter) {
        super("Too many failed logins; try again in " + retryAfter.toSeconds() + " seconds.", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
