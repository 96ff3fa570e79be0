package dk.kea.cars.api.personaldata;

/** One instance's answer to {@link ForgetPersonalDataKey}: it holds no copy of the key any more. */
public record PersonalDataKeyForgotten(String instance) {
}
