package dk.kea.cars.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helpers: run something that must fail validation and hand back what it reported. */
public final class Violations {

    private Violations() {
    }

    /** The message of the {@link RuleViolation} a single rule throws. */
    public static String ruleMessage(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("rule violation").isInstanceOf(RuleViolation.class);
        return thrown.getMessage();
    }

    /** The {@link InvalidInput} a command constructor throws. */
    public static InvalidInput invalidInput(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("invalid input").isInstanceOf(InvalidInput.class);
        return (InvalidInput) thrown;
    }

    /** The snake_case names of every field a command constructor refused, in the order reported. */
    public static List<String> failingFields(ThrowingCallable call) {
        return invalidInput(call).errors().stream().map(FieldError::field).toList();
    }
}
