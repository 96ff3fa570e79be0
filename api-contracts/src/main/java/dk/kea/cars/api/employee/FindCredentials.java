package dk.kea.cars.api.employee;

import java.util.UUID;

/**
 * Asks auth-query which version of an employee's credentials it holds, so a write can wait until the new
 * employee is able to log in. Answers a {@link CredentialsVersion} or nothing; never the hash itself.
 */
public record FindCredentials(UUID id) {
}
