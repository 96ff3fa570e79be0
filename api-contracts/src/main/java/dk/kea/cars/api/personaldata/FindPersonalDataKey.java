package dk.kea.cars.api.personaldata;

import java.util.UUID;

/**
 * Asks the command side, which alone keeps the key table, for the personal-data key of one person. Answered with a
 * {@link PersonalDataKey}; services on other JVMs cache the answer briefly (platform's {@code PersonalData}).
 */
public record FindPersonalDataKey(UUID subject) {
}
