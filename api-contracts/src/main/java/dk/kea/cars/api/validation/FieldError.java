package dk.kea.cars.api.validation;

/** One invalid input field, named as the client sent it (snake_case JSON name). */
public record FieldError(String field, String message) {
}
