package dk.kea.cars.api.brand;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static dk.kea.cars.api.validation.Violations.invalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.validation.FieldError;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BrandCommandsTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void createTrimsNameAndUrlButKeepsTheNamesCase() {
        CreateBrand command = new CreateBrand(id, "  bMW ", " https://kea.dk/bmw.png ");

        assertThat(command.name()).isEqualTo("bMW");
        assertThat(command.logoUrl()).isEqualTo("https://kea.dk/bmw.png");
    }

    @Test
    void createNamesTheUrlFieldInSnakeCase() {
        assertThat(invalidInput(() -> new CreateBrand(id, "Audi", "ftp://kea.dk/audi.png")).errors())
                .containsExactly(new FieldError("logo_url", "must be an absolute http or https URL"));
    }

    @Test
    void createReportsEveryBadField() {
        assertThat(failingFields(() -> new CreateBrand(null, "A  B", "/relative.png")))
                .containsExactly("id", "name", "logo_url");
    }

    @Test
    void createNameBoundaries() {
        String url = "http://kea.dk/logo.png";
        assertThat(failingFields(() -> new CreateBrand(id, "VW", url))).containsExactly("name");
        assertThat(new CreateBrand(id, "Kia", url).name()).isEqualTo("Kia");
        assertThat(new CreateBrand(id, "B".repeat(45), url).name()).hasSize(45);
        assertThat(failingFields(() -> new CreateBrand(id, "B".repeat(46), url))).containsExactly("name");
    }

    @Test
    void updateAcceptsOmittedFields() {
        UpdateBrand command = new UpdateBrand(id, 2L, null, null);

        assertThat(command.name()).isNull();
        assertThat(command.logoUrl()).isNull();
        assertThat(command.expectedVersion()).isEqualTo(2L);
    }

    @Test
    void updateValidatesGivenFields() {
        assertThat(failingFields(() -> new UpdateBrand(id, null, "ab", "kea.dk/logo.png")))
                .containsExactly("name", "logo_url");
        assertThat(new UpdateBrand(id, null, " Audi ", null).name()).isEqualTo("Audi");
    }
}
