package dk.kea.cars.api.audit;

import java.util.Locale;

/** The one rule for what an auditor never sees, whatever an event or aggregate calls the field. */
public final class Secrets {

    private Secrets() {
    }

    /** Passwords and password hashes, in any naming style ({@code passwordHash}, {@code password_hash}). */
    public static boolean isSecret(String propertyName) {
        String lower = propertyName.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("hash");
    }
}
