package dk.kea.cars.api.insurance;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static dk.kea.cars.api.validation.Violations.invalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.validation.FieldError;
import dk.kea.cars.api.validation.InvalidInput;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InsuranceCommandsTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void createNormalisesNameAndPrice() {
        CreateInsurance command = new CreateInsurance(id, "  flat tire ", new BigDecimal("150"));

        assertThat(command.id()).isEqualTo(id);
        assertThat(command.name()).isEqualTo("Flat Tire");
        assertThat(command.price()).isEqualTo(new BigDecimal("150.00"));
    }

    @Test
    void createTitleCasesHyphenatedNames() {
        assertThat(new CreateInsurance(id, "hEnRiK-hEnRy", BigDecimal.TEN).name()).isEqualTo("Henrik-Henry");
    }

    @Test
    void createWithTwoBadFieldsReportsBoth() {
        InvalidInput invalid = invalidInput(() -> new CreateInsurance(id, "ab", BigDecimal.ZERO));

        assertThat(invalid.errors()).containsExactly(
                new FieldError("name", "must be between 3 and 45 characters"),
                new FieldError("price", "must be greater than 0 and at most 100000"));
        assertThat(invalid).hasMessage("2 fields are invalid");
    }

    @Test
    void createWithNothingReportsEveryField() {
        assertThat(failingFields(() -> new CreateInsurance(null, null, null))).containsExactly("id", "name", "price");
    }

    @Test
    void createWithOneBadFieldNamesIt() {
        InvalidInput invalid = invalidInput(() -> new CreateInsurance(id, "Flat Tire", new BigDecimal("100000.01")));

        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("price");
        assertThat(invalid).hasMessage("Invalid price");
    }

    @Test
    void createPriceBoundaries() {
        assertThat(failingFields(() -> new CreateInsurance(id, "Flat Tire", new BigDecimal("0")))).containsExactly("price");
        assertThat(new CreateInsurance(id, "Flat Tire", new BigDecimal("0.01")).price()).isEqualTo(new BigDecimal("0.01"));
        assertThat(new CreateInsurance(id, "Flat Tire", new BigDecimal("100000")).price())
                .isEqualTo(new BigDecimal("100000.00"));
        assertThat(failingFields(() -> new CreateInsurance(id, "Flat Tire", new BigDecimal("100000.01"))))
                .containsExactly("price");
        assertThat(failingFields(() -> new CreateInsurance(id, "Flat Tire", new BigDecimal("1.234"))))
                .containsExactly("price");
    }

    @Test
    void createNameBoundaries() {
        assertThat(failingFields(() -> new CreateInsurance(id, "ab", BigDecimal.ONE))).containsExactly("name");
        assertThat(new CreateInsurance(id, "abc", BigDecimal.ONE).name()).isEqualTo("Abc");
        assertThat(new CreateInsurance(id, "a".repeat(45), BigDecimal.ONE).name()).hasSize(45);
        assertThat(failingFields(() -> new CreateInsurance(id, "a".repeat(46), BigDecimal.ONE))).containsExactly("name");
        assertThat(failingFields(() -> new CreateInsurance(id, "flat  tire", BigDecimal.ONE))).containsExactly("name");
    }

    @Test
    void updateLeavesOmittedFieldsNull() {
        UpdateInsurance command = new UpdateInsurance(id, 4L, null, null);

        assertThat(command.name()).isNull();
        assertThat(command.price()).isNull();
        assertThat(command.expectedVersion()).isEqualTo(4L);
    }

    @Test
    void updateNormalisesGivenFields() {
        UpdateInsurance command = new UpdateInsurance(id, null, " glass cover ", new BigDecimal("99.9"));

        assertThat(command.name()).isEqualTo("Glass Cover");
        assertThat(command.price()).isEqualTo(new BigDecimal("99.90"));
        assertThat(command.expectedVersion()).isNull();
    }

    @Test
    void updateValidatesGivenFields() {
        assertThat(failingFields(() -> new UpdateInsurance(null, null, "x", new BigDecimal("-1"))))
                .containsExactly("id", "name", "price");
    }
}
