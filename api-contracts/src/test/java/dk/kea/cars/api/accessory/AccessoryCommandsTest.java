package dk.kea.cars.api.accessory;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessoryCommandsTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void createTrimsTheNameAndKeepsItsCase() {
        CreateAccessory command = new CreateAccessory(id, "  tow BAR ", new BigDecimal("499.5"));

        assertThat(command.name()).isEqualTo("tow BAR");
        assertThat(command.price()).isEqualTo(new BigDecimal("499.50"));
    }

    @Test
    void createPriceBoundaries() {
        assertThat(failingFields(() -> new CreateAccessory(id, "Tow Bar", BigDecimal.ZERO))).containsExactly("price");
        assertThat(new CreateAccessory(id, "Tow Bar", new BigDecimal("0.01")).price()).isEqualTo(new BigDecimal("0.01"));
        assertThat(new CreateAccessory(id, "Tow Bar", new BigDecimal("100000")).price())
                .isEqualTo(new BigDecimal("100000.00"));
        assertThat(failingFields(() -> new CreateAccessory(id, "Tow Bar", new BigDecimal("100000.01"))))
                .containsExactly("price");
    }

    @Test
    void createNameBoundaries() {
        assertThat(failingFields(() -> new CreateAccessory(id, "ab", BigDecimal.ONE))).containsExactly("name");
        assertThat(new CreateAccessory(id, "abc", BigDecimal.ONE).name()).isEqualTo("abc");
        assertThat(new CreateAccessory(id, "z".repeat(45), BigDecimal.ONE).name()).hasSize(45);
        assertThat(failingFields(() -> new CreateAccessory(id, "z".repeat(46), BigDecimal.ONE))).containsExactly("name");
        assertThat(failingFields(() -> new CreateAccessory(id, "Tow  Bar", BigDecimal.ONE))).containsExactly("name");
    }

    @Test
    void createReportsEveryBadField() {
        assertThat(failingFields(() -> new CreateAccessory(null, null, new BigDecimal("0.001"))))
                .containsExactly("id", "name", "price");
    }

    @Test
    void updateAcceptsOmittedFieldsAndValidatesGivenOnes() {
        UpdateAccessory command = new UpdateAccessory(id, null, null, null);
        assertThat(command.name()).isNull();
        assertThat(command.price()).isNull();

        assertThat(failingFields(() -> new UpdateAccessory(id, 0L, "ab", new BigDecimal("100000.01"))))
                .containsExactly("name", "price");
    }
}
