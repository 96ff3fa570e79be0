package dk.kea.cars.command.employee;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.employee.CreateEmployee;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.command.naming.InMemoryNameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

/** Creating employees; the rest of their lifecycle is in {@link EmployeeLifecycleAggregateTest}. */
class EmployeeAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoO.Hq0bG9lWw3aC6n8D3oQG7E3hYp1g2K";

    private final UUID id = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private InMemoryNameRegistry names;
    private FixtureConfiguration<Employee> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(names);
    }

    @Test
    void createEmitsCreatedWithFullStateAtSequenceZero() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateEmployee(id, " Anna.Hansen@KEA.DK ", "anna-marie", "hANSEN", Role.MANAGER, HASH))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmployeeCreated(id, 0, NOW, "Anna.Hansen@kea.dk", "Anna-Marie", "Hansen",
                        Role.MANAGER, HASH, false))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(names.holder(NameScope.EMPLOYEE_EMAIL, "anna.hansen@kea.dk")).contains(id);
    }

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(new EmployeeCreated(id, 0, CREATED_AT, "anna@kea.dk", "Anna", "Hansen", Role.ADMIN, HASH, false))
                .when(new CreateEmployee(id, "bo@kea.dk", "Bo", "Jensen", Role.SALES_PERSON, HASH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        assertThat(names.holder(NameScope.EMPLOYEE_EMAIL, "bo@kea.dk")).isEmpty();
    }

    @Test
    void createWithAnEmailAnotherEmployeeHoldsIsAConflict() {
        names.claim(NameScope.EMPLOYEE_EMAIL, "anna@kea.dk", other);

        fixture.givenNoPriorActivity()
                .when(new CreateEmployee(id, "anna@kea.dk", "Anna", "Hansen", Role.ADMIN, HASH))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT,
                        "An employee with email 'anna@kea.dk' already exists"))
                .expectNoEvents();
    }

    @Test
    void emailsAreComparedIgnoringCase() {
        names.claim(NameScope.EMPLOYEE_EMAIL, "anna@kea.dk", other);

        fixture.givenNoPriorActivity()
                .when(new CreateEmployee(id, "ANNA@kea.DK", "Anna", "Hansen", Role.ADMIN, HASH))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "ANNA@kea.dk"))
                .expectNoEvents();
    }

    @Test
    void theSameEmailInAnotherScopeIsNoConflict() {
        names.claim(NameScope.BRAND, "anna@kea.dk", other);

        fixture.givenCurrentTime(NOW)
                .when(new CreateEmployee(id, "anna@kea.dk", "Anna", "Hansen", Role.AUDITOR, HASH))
                .expectEvents(new EmployeeCreated(id, 0, NOW, "anna@kea.dk", "Anna", "Hansen", Role.AUDITOR, HASH,
                        false));
    }
}
