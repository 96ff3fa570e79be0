package dk.kea.cars.auth.login;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Logins counted by outcome for the operator ({@value #METRIC}, tag {@code outcome}): {@code succeeded},
 * {@code failed} (wrong email or password, deleted employee) and {@code throttled} (refused with 429 before any
 * password was checked). A rise of throttled or failed logins is someone guessing passwords.
 */
final class AuthLoginOutcomes {

    static final String METRIC = "kea.auth.logins";

    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;

    AuthLoginOutcomes(MeterRegistry meters) {
        this.succeeded = counter(meters, "succeeded", "Logins that issued a token");
        this.failed = counter(meters, "failed", "Logins refused with 401: unknown email, wrong password or deleted");
        this.throttled = counter(meters, "throttled", "Logins refused with 429 by the login throttle");
    }

    private static Counter counter(MeterRegistry meters, String outcome, String description) {
        return Counter.builder(METRIC).tag("outcome", outcome).description(description).register(meters);
    }

    void succeeded() {
        succeeded.increment();
    }

    void failed() {
        failed.increment();
    }

    void throttled() {
        throttled.increment();
    }
}
