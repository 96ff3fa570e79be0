package dk.kea.cars.api.personaldata;

import java.util.UUID;

/**
 * Sent to every instance of every service (scatter-gather) once a person was erased: each drops the key it may have
 * cached, so no reader decrypts with it again. Answered with a {@link PersonalDataKeyForgotten} per instance.
 */
public record ForgetPersonalDataKey(UUID subject) {
}
