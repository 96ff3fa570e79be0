package dk.kea.cars.command.lookup;

import static dk.kea.cars.command.lookup.InMemoryCarReferences.BLACK;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.BLUE;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.R8;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.TINTED_WINDOWS;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.WHITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.kea.cars.api.common.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

/** The test double answers like {@code JpaCarReferences}: by kind, living entries only, same rejections. */
class InMemoryCarReferencesTest {

    private final InMemoryCarReferences references = InMemoryCarReferences.withSeedCatalog();

    private static Object rejectionOf(Runnable call) {
        return catchThrowableOfType(CommandExecutionException.class, call::run).getDetails().orElseThrow();
    }

    @Test
    void knowsTheSeedPricesWithTwoDecimals() {
        assertThat(references.modelPrice(R8)).isEqualTo("10000.95");
        assertThat(references.colorPrice(BLACK)).isEqualTo("0.00");
        assertThat(references.colorsOfModel(R8)).containsExactlyInAnyOrder(BLACK, WHITE);
    }

    @Test
    void anIdOfAnotherKindIsNotFound() {
        assertThat(rejectionOf(() -> references.colorPrice(R8)))
                .isEqualTo(new Rejection(Rejection.Kind.NOT_FOUND, "No color with id " + R8));
        assertThat(rejectionOf(() -> references.sumOfInsurances(List.of(TINTED_WINDOWS))))
                .isEqualTo(new Rejection(Rejection.Kind.NOT_FOUND, "No insurance with id " + TINTED_WINDOWS));
        assertThat(rejectionOf(() -> references.requireCustomer(BLUE)))
                .isEqualTo(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + BLUE));
    }

    @Test
    void aDeletedCustomerIsNotFoundAndADeletedEmployeeIsARuleViolation() {
        UUID customer = UUID.randomUUID();
        UUID employee = UUID.randomUUID();
        references.deletedCustomer(customer).deletedEmployee(employee);

        assertThat(rejectionOf(() -> references.requireCustomer(customer)))
                .isEqualTo(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + customer));
        assertThat(rejectionOf(() -> references.requireActiveEmployee(employee)))
                .isEqualTo(new Rejection(Rejection.Kind.RULE_VIOLATED,
                        "Employee " + employee + " is deleted and cannot own a new car"));
    }

    @Test
    void anUnknownEmployeeIsNotFound() {
        UUID employee = UUID.randomUUID();
        assertThat(rejectionOf(() -> references.requireActiveEmployee(employee)))
                .isEqualTo(new Rejection(Rejection.Kind.NOT_FOUND, "No employee with id " + employee));
    }

    @Test
    void theSumOfNoneIsZero() {
        assertThat(references.sumOfAccessories(List.of())).isZero();
    }
}
