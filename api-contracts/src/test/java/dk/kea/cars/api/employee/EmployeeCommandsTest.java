package dk.kea.cars.api.employee;

import static dk.kea.cars.api.validation.Violations.failingFields;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Role;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmployeeCommandsTest {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuv0123456789abcdefghijklmnopqrstu";

    private final UUID id = UUID.randomUUID();

    @Test
    void createNormalisesEmailAndNames() {
        CreateEmployee command = new CreateEmployee(id, "  Anna.Hansen@KEA.DK ", " hEnRiK-hEnRy ", " hANSEN ",
                Role.MANAGER, HASH);

        assertThat(command.email()).isEqualTo("Anna.Hansen@kea.dk");
        assertThat(command.firstName()).isEqualTo("Henrik-Henry");
        assertThat(command.lastName()).isEqualTo("Hansen");
        assertThat(command.role()).isEqualTo(Role.MANAGER);
        assertThat(command.passwordHash()).isEqualTo(HASH);
    }

    @Test
    void createAllowsFiftyCharacterNamesForEmployees() {
        CreateEmployee command = new CreateEmployee(id, "anna@kea.dk", "a".repeat(50), "b".repeat(50), Role.ADMIN, HASH);

        assertThat(command.firstName()).hasSize(50);
        assertThat(command.lastName()).hasSize(50);
    }

    @Test
    void createRefusesFiftyOneCharacterNames() {
        assertThat(failingFields(() -> new CreateEmployee(id, "anna@kea.dk", "a".repeat(51), "b".repeat(51), Role.ADMIN,
                HASH))).containsExactly("first_name", "last_name");
    }

    @Test
    void createRefusesSpacesInTheLastNameButNotInTheFirstName() {
        assertThat(failingFields(() -> new CreateEmployee(id, "anna@kea.dk", "Anna Marie", "van Dyke", Role.ADMIN, HASH)))
                .containsExactly("last_name");
    }

    @Test
    void createEmailBoundaries() {
        assertThat(failingFields(() -> new CreateEmployee(id, "ab@c.dk", "Anna", "Hansen", Role.ADMIN, HASH)))
                .containsExactly("email");
        assertThat(new CreateEmployee(id, "abc@d.dk", "Anna", "Hansen", Role.ADMIN, HASH).email()).isEqualTo("abc@d.dk");
        assertThat(new CreateEmployee(id, "a".repeat(93) + "@kea.dk", "Anna", "Hansen", Role.ADMIN, HASH).email())
                .hasSize(100);
        assertThat(failingFields(() -> new CreateEmployee(id, "a".repeat(94) + "@kea.dk", "Anna", "Hansen", Role.ADMIN,
                HASH))).containsExactly("email");
        assertThat(failingFields(() -> new CreateEmployee(id, "anna@kea", "Anna", "Hansen", Role.ADMIN, HASH)))
                .containsExactly("email");
    }

    @Test
    void createReportsEveryMissingFieldWithTheNamesTheClientSent() {
        assertThat(failingFields(() -> new CreateEmployee(null, null, null, null, null, null)))
                .containsExactly("id", "email", "first_name", "last_name", "role", "password");
    }

    @Test
    void toStringLeavesThePasswordHashOut() {
        CreateEmployee command = new CreateEmployee(id, "anna@kea.dk", "Anna", "Hansen", Role.SALES_PERSON, HASH);

        assertThat(command.toString()).doesNotContain(HASH).contains("anna@kea.dk");
    }

    @Test
    void eventToStringLeavesThePasswordHashOut() {
        EmployeeCreated event = new EmployeeCreated(id, 0, Instant.EPOCH, "anna@kea.dk", "Anna", "Hansen",
                Role.SALES_PERSON, HASH, false);

        assertThat(event.toString()).doesNotContain(HASH).contains(id.toString());
    }
}
