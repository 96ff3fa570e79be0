package dk.kea.cars.api.validation;

import static dk.kea.cars.api.validation.Violations.invalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void returnsTheNormalisedValueOfAPassingRule() {
        Check check = new Check();

        assertThat(check.field("name", "  Audi ", Rules::catalogName)).isEqualTo("Audi");
        assertThatCode(check::done).doesNotThrowAnyException();
    }

    @Test
    void collectsEveryFailingFieldInOrder() {
        Check check = new Check();
        check.field("name", "x", Rules::catalogName);
        check.field("logo_url", "Audi", Rules::url);
        check.field("red_value", 10, Rules::rgb);

        InvalidInput invalid = invalidInput(check::done);
        assertThat(invalid.errors()).containsExactly(
                new FieldError("name", "must be between 3 and 45 characters"),
                new FieldError("logo_url", "must be an absolute http or https URL"));
        assertThat(invalid).hasMessage("2 fields are invalid");
    }

    @Test
    void optionalLetsNullPassWithoutRunningTheRule() {
        Check check = new Check();

        assertThat(check.<String, String>optional("name", null, Rules::catalogName)).isNull();
        assertThat(check.optional("name", "ab", Rules::catalogName)).isNull();
        assertThat(invalidInput(check::done).errors()).extracting(FieldError::field).containsExactly("name");
    }

    @Test
    void invalidInputNamesTheOnlyField() {
        InvalidInput invalid = InvalidInput.of("email", "must be a valid email address");

        assertThat(invalid).hasMessage("Invalid email");
        assertThat(invalid.errors()).containsExactly(new FieldError("email", "must be a valid email address"));
    }

    @Test
    void invalidInputKeepsAnUnmodifiableCopyOfTheErrors() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("name", "is required")));
        InvalidInput invalid = new InvalidInput(errors);
        errors.add(new FieldError("price", "is required"));

        assertThat(invalid.errors()).hasSize(1);
        assertThatThrownBy(() -> invalid.errors().add(new FieldError("x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
