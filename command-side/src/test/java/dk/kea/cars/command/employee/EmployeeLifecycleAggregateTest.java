package dk.kea.cars.command.employee;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.employee.DeleteEmployee;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.employee.EmployeeUndeleted;
import dk.kea.cars.api.employee.EmployeeUpdated;
import dk.kea.cars.api.employee.UndeleteEmployee;
import dk.kea.cars.api.employee.UpdateEmployee;
import dk.kea.cars.command.naming.InMemoryNameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

/** Update, delete (tombstone) and undelete of an employee, and the rules that protect an admin from themselves. */
class EmployeeLifecycleAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final String EMAIL = "anna@kea.dk";
    private static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoO.Hq0bG9lWw3aC6n8D3oQG7E3hYp1g2K";
    private static final String NEW_HASH = "$2a$10$zzzzzzzzzzzzzzzzzzzzzuJ0c4q0uZb8v2Z0i8f3h9K1m2N3o4P5q";

    private final UUID id = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private InMemoryNameRegistry names;
    private FixtureConfiguration<Employee> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(names);
    }

    /** The employee exists as manager Anna Hansen, version 0, and holds their email. */
    private EmployeeCreated existing(Role role) {
        names.claim(NameScope.EMPLOYEE_EMAIL, EMAIL, id);
        return new EmployeeCreated(id, 0, CREATED_AT, EMAIL, "Anna", "Hansen", role, HASH, false);
    }

    private EmployeeDeleted tombstone(Role role) {
        return new EmployeeDeleted(id, 1, CREATED_AT, EMAIL, "Anna", "Hansen", role, HASH, true);
    }

    private UpdateEmployee update(Long expectedVersion, UUID actor, String email, String firstName, String lastName,
                                  Role role, String hash) {
        return new UpdateEmployee(id, expectedVersion, actor, email, firstName, lastName, role, hash);
    }

    // --- update -------------------------------------------------------------------------------------------

    @Test
    void updateOfTheEmailMovesTheClaimAndFreesTheOldEmail() {
        fixture.given(existing(Role.MANAGER))
                .andGivenCurrentTime(NOW)
                .when(update(0L, admin, " Anna.Hansen@KEA.DK ", null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmployeeUpdated(id, 1, NOW, "Anna.Hansen@kea.dk", "Anna", "Hansen", Role.MANAGER,
                        HASH, false))
                .expectResultMessagePayload(WriteResult.at(1));

        assertThat(names.holder(NameScope.EMPLOYEE_EMAIL, "anna.hansen@kea.dk")).contains(id);
        assertThat(names.holder(NameScope.EMPLOYEE_EMAIL, EMAIL)).isEmpty();
    }

    @Test
    void updateToAnEmailAnotherEmployeeHoldsIsAConflict() {
        names.claim(NameScope.EMPLOYEE_EMAIL, "bo@kea.dk", other);

        fixture.given(existing(Role.MANAGER))
                .when(update(0L, admin, "BO@kea.dk", null, null, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "BO@kea.dk"))
                .expectNoEvents();

        assertThat(names.holder(NameScope.EMPLOYEE_EMAIL, EMAIL)).contains(id);
    }

    @Test
    void updateOfTheRoleKeepsEverythingElse() {
        fixture.given(existing(Role.MANAGER))
                .andGivenCurrentTime(NOW)
                .when(update(0L, admin, null, null, null, Role.SALES_PERSON, null))
                .expectEvents(new EmployeeUpdated(id, 1, NOW, EMAIL, "Anna", "Hansen", Role.SALES_PERSON, HASH,
                        false));
    }

    @Test
    void updateOfThePasswordHashKeepsEverythingElse() {
        fixture.given(existing(Role.MANAGER))
                .andGivenCurrentTime(NOW)
                .when(update(null, admin, null, null, null, null, NEW_HASH))
                .expectEvents(new EmployeeUpdated(id, 1, NOW, EMAIL, "Anna", "Hansen", Role.MANAGER, NEW_HASH,
                        false));

        assertThat(names.holder(NameScope.EMPLOYEE_EMAIL, EMAIL)).contains(id);
    }

    @Test
    void updateOfTheNamesNormalisesThem() {
        fixture.given(existing(Role.MANAGER))
                .andGivenCurrentTime(NOW)
                .when(update(0L, admin, null, "anna marie", "hANSEN-holm", null, null))
                .expectEvents(new EmployeeUpdated(id, 1, NOW, EMAIL, "Anna Marie", "Hansen-Holm", Role.MANAGER, HASH,
                        false));
    }

    @Test
    void updateWithoutChangesEmitsNothing() {
        fixture.given(existing(Role.MANAGER))
                .when(update(0L, admin, EMAIL, "ANNA", "hansen", Role.MANAGER, HASH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void anAdminCannotDemoteThemselves() {
        fixture.given(existing(Role.ADMIN))
                .when(update(0L, id, null, null, null, Role.MANAGER, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.FORBIDDEN, "An admin cannot demote themselves"))
                .expectNoEvents();
    }

    @Test
    void anAdminMayChangeTheirOtherFieldsAndKeepTheirRole() {
        fixture.given(existing(Role.ADMIN))
                .andGivenCurrentTime(NOW)
                .when(update(0L, id, null, "Annie", null, Role.ADMIN, NEW_HASH))
                .expectEvents(new EmployeeUpdated(id, 1, NOW, EMAIL, "Annie", "Hansen", Role.ADMIN, NEW_HASH, false));
    }

    @Test
    void anAdminMayDemoteAnotherAdmin() {
        fixture.given(existing(Role.ADMIN))
                .andGivenCurrentTime(NOW)
                .when(update(0L, admin, null, null, null, Role.AUDITOR, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmployeeUpdated(id, 1, NOW, EMAIL, "Anna", "Hansen", Role.AUDITOR, HASH, false));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(Role.MANAGER),
                        new EmployeeUpdated(id, 1, CREATED_AT, EMAIL, "Anna", "Hansen", Role.MANAGER, NEW_HASH, false))
                .when(update(0L, admin, null, "Annie", null, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Employee " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void updateOfAnUnknownEmployeeFails() {
        fixture.givenNoPriorActivity()
                .when(update(null, admin, null, "Annie", null, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    // --- delete -------------------------------------------------------------------------------------------

    @Test
    void deleteEmitsATombstoneThatKeepsTheHashAndTheEmail() {
        fixture.given(existing(Role.SALES_PERSON))
                .andGivenCurrentTime(NOW)
                .when(new DeleteEmployee(id, 0L, admin))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmployeeDeleted(id, 1, NOW, EMAIL, "Anna", "Hansen", Role.SALES_PERSON, HASH, true))
                .expectResultMessagePayload(WriteResult.at(1));

        assertThat(names.holder(NameScope.EMPLOYEE_EMAIL, EMAIL)).contains(id);
    }

    @Test
    void anAdminCannotDeleteThemselves() {
        fixture.given(existing(Role.ADMIN))
                .when(new DeleteEmployee(id, 0L, id))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.FORBIDDEN, "An admin cannot delete themselves"))
                .expectNoEvents();
    }

    @Test
    void anAdminMayDeleteAnotherAdmin() {
        fixture.given(existing(Role.ADMIN))
                .andGivenCurrentTime(NOW)
                .when(new DeleteEmployee(id, null, admin))
                .expectEvents(new EmployeeDeleted(id, 1, NOW, EMAIL, "Anna", "Hansen", Role.ADMIN, HASH, true));
    }

    @Test
    void deleteOfADeletedEmployeeEmitsNothingAndAnswersTheTombstone() {
        fixture.given(existing(Role.MANAGER), tombstone(Role.MANAGER))
                .when(new DeleteEmployee(id, null, admin))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void deleteWithAStaleVersionIsRefused() {
        fixture.given(existing(Role.MANAGER),
                        new EmployeeUpdated(id, 1, CREATED_AT, EMAIL, "Anna", "Hansen", Role.MANAGER, NEW_HASH, false))
                .when(new DeleteEmployee(id, 0L, admin))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Employee " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    // --- undelete -----------------------------------------------------------------------------------------

    @Test
    void undeleteBringsTheEmployeeBackWithTheOldHash() {
        fixture.given(existing(Role.MANAGER), tombstone(Role.MANAGER))
                .andGivenCurrentTime(NOW)
                .when(new UndeleteEmployee(id, 1L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmployeeUndeleted(id, 2, NOW, EMAIL, "Anna", "Hansen", Role.MANAGER, HASH, false))
                .expectResultMessagePayload(WriteResult.at(2));
    }

    @Test
    void undeleteOfALivingEmployeeEmitsNothing() {
        fixture.given(existing(Role.MANAGER))
                .when(new UndeleteEmployee(id, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void undeleteWithAStaleVersionIsRefused() {
        fixture.given(existing(Role.MANAGER), tombstone(Role.MANAGER))
                .when(new UndeleteEmployee(id, 0L))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Employee " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void aDeleteAfterAnUndeleteTombstonesAgainAtTheNextSequence() {
        fixture.given(existing(Role.MANAGER), tombstone(Role.MANAGER),
                        new EmployeeUndeleted(id, 2, CREATED_AT, EMAIL, "Anna", "Hansen", Role.MANAGER, HASH, false))
                .andGivenCurrentTime(NOW)
                .when(new DeleteEmployee(id, 2L, admin))
                .expectEvents(new EmployeeDeleted(id, 3, NOW, EMAIL, "Anna", "Hansen", Role.MANAGER, HASH, true));
    }
}
