package dk.kea.cars.api.model;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static dk.kea.cars.api.validation.Violations.invalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.validation.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModelCommandsTest {

    private static final String IMAGE = "https://kea.dk/r8.png";

    private final UUID id = UUID.randomUUID();
    private final UUID brand = UUID.randomUUID();
    private final UUID red = UUID.randomUUID();
    private final UUID blue = UUID.randomUUID();

    private List<UUID> colors(UUID... ids) {
        return new ArrayList<>(Arrays.asList(ids));
    }

    @Test
    void createNormalises() {
        CreateModel command = new CreateModel(id, brand, "  R8  ", new BigDecimal("1500000"), " " + IMAGE + " ",
                colors(red, blue));

        assertThat(command.name()).isEqualTo("R8");
        assertThat(command.price()).isEqualTo(new BigDecimal("1500000.00"));
        assertThat(command.imageUrl()).isEqualTo(IMAGE);
        assertThat(command.colorIds()).containsExactly(red, blue);
        assertThat(command.brandId()).isEqualTo(brand);
    }

    @Test
    void createNameBoundaries() {
        assertThat(failingFields(() -> new CreateModel(id, brand, "", BigDecimal.ONE, IMAGE, colors(red))))
                .containsExactly("name");
        assertThat(new CreateModel(id, brand, "Q", BigDecimal.ONE, IMAGE, colors(red)).name()).isEqualTo("Q");
        assertThat(new CreateModel(id, brand, "m".repeat(60), BigDecimal.ONE, IMAGE, colors(red)).name()).hasSize(60);
        assertThat(failingFields(() -> new CreateModel(id, brand, "m".repeat(61), BigDecimal.ONE, IMAGE, colors(red))))
                .containsExactly("name");
    }

    @Test
    void createPriceBoundaries() {
        assertThat(failingFields(() -> new CreateModel(id, brand, "R8", BigDecimal.ZERO, IMAGE, colors(red))))
                .containsExactly("price");
        assertThat(new CreateModel(id, brand, "R8", new BigDecimal("0.01"), IMAGE, colors(red)).price())
                .isEqualTo(new BigDecimal("0.01"));
        assertThat(new CreateModel(id, brand, "R8", new BigDecimal("10000000"), IMAGE, colors(red)).price())
                .isEqualTo(new BigDecimal("10000000.00"));
        assertThat(failingFields(() -> new CreateModel(id, brand, "R8", new BigDecimal("10000000.01"), IMAGE,
                colors(red)))).containsExactly("price");
    }

    @Test
    void createRefusesBadColorLists() {
        assertThat(invalidInput(() -> new CreateModel(id, brand, "R8", BigDecimal.ONE, IMAGE, colors())).errors())
                .containsExactly(new FieldError("color_ids", "must hold between 1 and 100 ids"));
        assertThat(invalidInput(() -> new CreateModel(id, brand, "R8", BigDecimal.ONE, IMAGE, colors(red, red))).errors())
                .containsExactly(new FieldError("color_ids", "must not contain duplicates"));
        assertThat(invalidInput(() -> new CreateModel(id, brand, "R8", BigDecimal.ONE, IMAGE, colors(red, null))).errors())
                .containsExactly(new FieldError("color_ids", "must not contain null"));
        assertThat(failingFields(() -> new CreateModel(id, brand, "R8", BigDecimal.ONE, IMAGE, null)))
                .containsExactly("color_ids");
    }

    @Test
    void createCopiesTheColorList() {
        List<UUID> input = colors(red);
        CreateModel command = new CreateModel(id, brand, "R8", BigDecimal.ONE, IMAGE, input);
        input.add(blue);

        assertThat(command.colorIds()).containsExactly(red);
    }

    @Test
    void createNamesEveryBadFieldInSnakeCase() {
        assertThat(failingFields(() -> new CreateModel(null, null, null, null, "ftp://kea.dk/r8.png", null)))
                .containsExactly("id", "brands_id", "name", "price", "image_url", "color_ids");
    }

    @Test
    void theImageMayBeAnImageStoredByItsHash() {
        String stored = "/api/public/images/" + "ab".repeat(32);

        assertThat(new CreateModel(id, brand, "R8", BigDecimal.ONE, stored, colors(red)).imageUrl()).isEqualTo(stored);
        assertThat(new UpdateModel(id, null, null, null, stored, null).imageUrl()).isEqualTo(stored);
        assertThat(failingFields(() -> new CreateModel(id, brand, "R8", BigDecimal.ONE, "/api/public/images/ab",
                colors(red)))).containsExactly("image_url");
    }

    @Test
    void updateAcceptsOmittedFields() {
        UpdateModel command = new UpdateModel(id, 3L, null, null, null, null);

        assertThat(command.name()).isNull();
        assertThat(command.price()).isNull();
        assertThat(command.imageUrl()).isNull();
        assertThat(command.colorIds()).isNull();
        assertThat(command.expectedVersion()).isEqualTo(3L);
    }

    @Test
    void updateValidatesGivenFields() {
        assertThat(failingFields(() -> new UpdateModel(id, null, " ", new BigDecimal("10000000.01"), "kea.dk/x.png",
                colors()))).containsExactly("name", "price", "image_url", "color_ids");
        assertThat(new UpdateModel(id, null, " Model S ", null, null, colors(blue)).name()).isEqualTo("Model S");
    }
}
