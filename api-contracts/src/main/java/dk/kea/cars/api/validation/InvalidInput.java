package dk.kea.cars.api.validation;

import java.util.List;

/** Thrown when a request or command does not satisfy the §5 rules; carries every field that failed. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.size() == 1 ? "Invalid " + errors.get(0).field() : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
