package dk.kea.cars.api.validation;

/** A single value broke a rule; {@link Check} turns it into a {@link FieldError} for the field being checked. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message, null, false, false);
    }
}
