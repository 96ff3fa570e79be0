package dk.kea.cars.api.color;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ColorCommandsTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void createAcceptsAFreeColor() {
        CreateColor command = new CreateColor(id, " Midnight Black ", BigDecimal.ZERO, 0, 0, 0);

        assertThat(command.name()).isEqualTo("Midnight Black");
        assertThat(command.price()).isEqualTo(new BigDecimal("0.00"));
        assertThat(command.redValue()).isZero();
    }

    @Test
    void createRefusesANegativePrice() {
        assertThat(failingFields(() -> new CreateColor(id, "Red", new BigDecimal("-0.01"), 255, 0, 0)))
                .containsExactly("price");
    }

    @Test
    void createRefusesMoreThanTwoDecimals() {
        assertThat(failingFields(() -> new CreateColor(id, "Red", new BigDecimal("0.001"), 255, 0, 0)))
                .containsExactly("price");
    }

    @Test
    void createChecksEveryChannelAndNamesItInSnakeCase() {
        assertThat(failingFields(() -> new CreateColor(id, "Red", BigDecimal.ONE, -1, 256, null)))
                .containsExactly("red_value", "green_value", "blue_value");
    }

    @Test
    void createAcceptsTheChannelBoundaries() {
        CreateColor command = new CreateColor(id, "Red", BigDecimal.ONE, 0, 255, 128);

        assertThat(command.redValue()).isZero();
        assertThat(command.greenValue()).isEqualTo(255);
        assertThat(command.blueValue()).isEqualTo(128);
    }

    @Test
    void createReportsEveryBadField() {
        assertThat(failingFields(() -> new CreateColor(null, "R", null, 300, 0, 0)))
                .containsExactly("id", "name", "price", "red_value");
    }

    @Test
    void updateAcceptsOmittedFields() {
        UpdateColor command = new UpdateColor(id, null, null, null, null, 7, null);

        assertThat(command.name()).isNull();
        assertThat(command.price()).isNull();
        assertThat(command.redValue()).isNull();
        assertThat(command.greenValue()).isEqualTo(7);
        assertThat(command.blueValue()).isNull();
    }

    @Test
    void updateValidatesGivenFields() {
        assertThat(failingFields(() -> new UpdateColor(id, 1L, "Re", new BigDecimal("-1"), null, -1, 256)))
                .containsExactly("name", "price", "green_value", "blue_value");
        assertThat(new UpdateColor(id, 1L, null, BigDecimal.ZERO, null, null, null).price())
                .isEqualTo(new BigDecimal("0.00"));
    }
}
