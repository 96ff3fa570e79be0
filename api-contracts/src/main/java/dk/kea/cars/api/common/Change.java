package dk.kea.cars.api.common;

/**
 * A change to an optional field in a partial update: a {@code null} {@code Change} leaves the field as it is,
 * a {@code Change} holding {@code null} clears it (spec §4: an explicit {@code null} clears an optional field).
 */
public record Change<T>(T value) {

    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }
}
