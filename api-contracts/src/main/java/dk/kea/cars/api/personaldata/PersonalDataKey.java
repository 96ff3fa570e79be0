package dk.kea.cars.api.personaldata;

import java.util.UUID;

/**
 * The key of one person's personal data, or why there is none. {@code material} is the raw AES-256 key of an
 * {@link Status#ACTIVE} key and null otherwise. {@link #toString()} never shows it.
 */
public record PersonalDataKey(UUID subject, Status status, byte[] material) {

    public enum Status {
        /** The key exists: the person's fields can be read. */
        ACTIVE,
        /** The person was erased: the key was deleted and never comes back. */
        ERASED,
        /** No key was ever made (a person stored before encryption, or no such person). */
        NONE
    }

    public static PersonalDataKey active(UUID subject, byte[] material) {
        return new PersonalDataKey(subject, Status.ACTIVE, material.clone());
    }

    public static PersonalDataKey erased(UUID subject) {
        return new PersonalDataKey(subject, Status.ERASED, null);
    }

    public static PersonalDataKey none(UUID subject) {
        return new PersonalDataKey(subject, Status.NONE, null);
    }

    @Override
    public byte[] material() {
        return material == null ? null : material.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalDataKey key && subject.equals(key.subject) && status == key.status
                && java.util.Arrays.equals(material, key.material);
    }

    @Override
    public int hashCode() {
        return subject.hashCode() * 31 + status.hashCode();
    }

    @Override
    public String toString() {
        return "PersonalDataKey[subject=" + subject + ", status=" + status + "]";
    }
}
