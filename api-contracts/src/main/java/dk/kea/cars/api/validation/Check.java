package dk.kea.cars.api.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the outcome of several field rules so a client learns about every bad field at once.
 * Usage: {@code name = check.field("name", name, Rules::catalogName); ... check.done();}
 */
public final class Check {

    private final List<FieldError> errors = new ArrayList<>();

    public <I, O> O field(String field, I value, Function<I, O> rule) {
        try {
            return rule.apply(value);
        } catch (RuleViolation violation) {
            errors.add(new FieldError(field, violation.getMessage()));
            return null;
        }
    }

    /** Like {@link #field} but a {@code null} value means "not given" and passes through unchanged. */
    public <I, O> O optional(String field, I value, Function<I, O> rule) {
        return value == null ? null : field(field, value, rule);
    }

    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
