package dk.kea.cars.command.customer;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.customer.CreateCustomer;
import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.customer.DeleteCustomer;
import dk.kea.cars.api.customer.UpdateCustomer;
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

class CustomerAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final String EMAIL = "jens.larsen@mail.dk";
    private static final String PHONE = "+4512345678";
    private static final String ADDRESS = "Guldbergsgade 29N, 2200 København";

    private final UUID id = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private InMemoryNameRegistry names;
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        fixture = newFixture();
    }

    private FixtureConfiguration<Customer> newFixture() {
        FixtureConfiguration<Customer> created = new AggregateTestFixture<>(Customer.class);
        created.registerInjectableResource(names);
        return created;
    }

    /** The customer exists with every field set, version 0, and holds its email. */
    private CustomerCreated existing() {
        names.claim(NameScope.CUSTOMER_EMAIL, EMAIL, id);
        return new CustomerCreated(id, 0, CREATED_AT, EMAIL, PHONE, "Jens", "Larsen", ADDRESS, false);
    }

    private CustomerDeleted tombstone() {
        return new CustomerDeleted(id, 1, CREATED_AT, EMAIL, PHONE, "Jens", "Larsen", ADDRESS, true);
    }

    private UpdateCustomer update(Long expectedVersion, String email, Change<String> phone, String firstName,
                                  String lastName, Change<String> address) {
        return new UpdateCustomer(id, expectedVersion, email, phone, firstName, lastName, address);
    }

    // --- create -------------------------------------------------------------------------------------------

    @Test
    void createEmitsCreatedWithTheFullNormalisedStateAtSequenceZero() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateCustomer(id, " Jens.Larsen@MAIL.DK ", PHONE, "jens-peter", "lARSEN", "<b>" + ADDRESS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerCreated(id, 0, NOW, "Jens.Larsen@mail.dk", PHONE, "Jens-Peter", "Larsen",
                        "b" + ADDRESS, false))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, "jens.larsen@mail.dk")).contains(id);
    }

    @Test
    void createWithoutTheOptionalFieldsStoresNulls() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateCustomer(id, EMAIL, "  ", "Jens", "Larsen", null))
                .expectEvents(new CustomerCreated(id, 0, NOW, EMAIL, null, "Jens", "Larsen", null, false));
    }

    @Test
    void createWithAnEmailAnotherCustomerHoldsIsAConflict() {
        names.claim(NameScope.CUSTOMER_EMAIL, EMAIL, other);

        fixture.givenNoPriorActivity()
                .when(new CreateCustomer(id, EMAIL, null, "Jens", "Larsen", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT,
                        "A customer with email '" + EMAIL + "' already exists"))
                .expectNoEvents();

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(other);
    }

    @Test
    void customerEmailsAreUniqueIgnoringCase() {
        names.claim(NameScope.CUSTOMER_EMAIL, EMAIL, other);

        fixture.givenNoPriorActivity()
                .when(new CreateCustomer(id, "JENS.LARSEN@mail.dk", null, "Jens", "Larsen", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "JENS.LARSEN@mail.dk"))
                .expectNoEvents();
    }

    @Test
    void anEmployeeWithTheSameEmailIsNoConflict() {
        names.claim(NameScope.EMPLOYEE_EMAIL, EMAIL, other);

        fixture.givenCurrentTime(NOW)
                .when(new CreateCustomer(id, EMAIL, null, "Jens", "Larsen", null))
                .expectEvents(new CustomerCreated(id, 0, NOW, EMAIL, null, "Jens", "Larsen", null, false));
    }

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(existing())
                .when(new CreateCustomer(id, "someone.else@mail.dk", null, "Bo", "Jensen", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, "someone.else@mail.dk")).isEmpty();
    }

    @Test
    void createOfAnExistingIdAnswersItsLatestVersion() {
        fixture.given(existing(), new CustomerUpdated(id, 1, CREATED_AT, EMAIL, null, "Jens", "Larsen", ADDRESS, false))
                .when(new CreateCustomer(id, EMAIL, PHONE, "Jens", "Larsen", ADDRESS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void createWithTheIdOfADeletedCustomerIsNotFound() {
        fixture.given(existing(), tombstone())
                .when(new CreateCustomer(id, EMAIL, null, "Jens", "Larsen", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + id))
                .expectNoEvents();
    }

    // --- update -------------------------------------------------------------------------------------------

    @Test
    void updateOfOneFieldKeepsEveryOtherField() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(0L, null, null, "jens-ole", null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerUpdated(id, 1, NOW, EMAIL, PHONE, "Jens-Ole", "Larsen", ADDRESS, false))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void aChangeToNullClearsThePhoneNumber() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(null, null, Change.to(null), null, null, null))
                .expectEvents(new CustomerUpdated(id, 1, NOW, EMAIL, null, "Jens", "Larsen", ADDRESS, false));
    }

    @Test
    void aChangeToNullClearsTheAddress() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(null, null, null, null, null, Change.to(null)))
                .expectEvents(new CustomerUpdated(id, 1, NOW, EMAIL, PHONE, "Jens", "Larsen", null, false));
    }

    @Test
    void aChangeToBlankClearsTheOptionalFieldsToo() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(null, null, Change.to(" "), null, null, Change.to("  ")))
                .expectEvents(new CustomerUpdated(id, 1, NOW, EMAIL, null, "Jens", "Larsen", null, false));
    }

    @Test
    void aChangeWithAValueSetsTheOptionalFields() {
        fixture.given(new CustomerCreated(id, 0, CREATED_AT, EMAIL, null, "Jens", "Larsen", null, false))
                .andGivenCurrentTime(NOW)
                .when(update(0L, null, Change.to("87654321"), null, null, Change.to("Lygten 37, 2400 NV")))
                .expectEvents(new CustomerUpdated(id, 1, NOW, EMAIL, "87654321", "Jens", "Larsen",
                        "Lygten 37, 2400 NV", false));
    }

    @Test
    void updateOfTheEmailMovesTheClaim() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(0L, "jens@KEA.dk", null, null, null, null))
                .expectEvents(new CustomerUpdated(id, 1, NOW, "jens@kea.dk", PHONE, "Jens", "Larsen", ADDRESS,
                        false));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, "jens@kea.dk")).contains(id);
        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).isEmpty();
    }

    @Test
    void updateToAnEmailAnotherCustomerHoldsIsAConflict() {
        names.claim(NameScope.CUSTOMER_EMAIL, "taken@mail.dk", other);

        fixture.given(existing())
                .when(update(0L, "TAKEN@mail.dk", null, null, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "TAKEN@mail.dk"))
                .expectNoEvents();

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(id);
        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, "taken@mail.dk")).contains(other);
    }

    @Test
    void updateOfOnlyTheCaseOfTheEmailKeepsTheClaim() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(0L, "JENS.LARSEN@mail.dk", null, null, null, null))
                .expectEvents(new CustomerUpdated(id, 1, NOW, "JENS.LARSEN@mail.dk", PHONE, "Jens", "Larsen", ADDRESS,
                        false));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(id);
    }

    @Test
    void updateWithoutChangesEmitsNothing() {
        fixture.given(existing())
                .when(update(0L, null, null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateToTheSameValuesEmitsNothing() {
        fixture.given(existing())
                .when(update(0L, EMAIL, Change.to(PHONE), "JENS", "larsen", Change.to(ADDRESS)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(id);
    }

    @Test
    void clearingAnAlreadyEmptyFieldEmitsNothing() {
        fixture.given(new CustomerCreated(id, 0, CREATED_AT, EMAIL, null, "Jens", "Larsen", null, false))
                .when(update(null, null, Change.to(null), null, null, Change.to(null)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void updateAfterAnUpdateGetsTheNextSequence() {
        fixture.given(existing(), new CustomerUpdated(id, 1, CREATED_AT, EMAIL, null, "Jens", "Larsen", ADDRESS, false))
                .andGivenCurrentTime(NOW)
                .when(update(1L, null, null, null, "Holm", null))
                .expectEvents(new CustomerUpdated(id, 2, NOW, EMAIL, null, "Jens", "Holm", ADDRESS, false))
                .expectResultMessagePayload(WriteResult.at(2));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(), new CustomerUpdated(id, 1, CREATED_AT, EMAIL, null, "Jens", "Larsen", ADDRESS, false))
                .when(update(0L, null, null, "Ole", null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Customer " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void updateOfAnUnknownCustomerFails() {
        fixture.givenNoPriorActivity()
                .when(update(null, null, null, "Ole", null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void updateOfADeletedCustomerIsNotFound() {
        fixture.given(existing(), tombstone())
                .when(update(null, null, null, "Ole", null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + id))
                .expectNoEvents();
    }

    // --- delete -------------------------------------------------------------------------------------------

    @Test
    void deleteEmitsATombstoneWithTheLastStateAndFreesTheEmail() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new DeleteCustomer(id, 0L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerDeleted(id, 1, NOW, EMAIL, PHONE, "Jens", "Larsen", ADDRESS, true))
                .expectResultMessagePayload(WriteResult.at(1));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).isEmpty();
    }

    @Test
    void theEmailOfADeletedCustomerMayBeUsedByAnotherCustomer() {
        fixture.given(existing())
                .when(new DeleteCustomer(id, null))
                .expectSuccessfulHandlerExecution();

        newFixture().givenCurrentTime(NOW)
                .when(new CreateCustomer(other, "JENS.LARSEN@mail.dk", null, "Anne", "Larsen", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerCreated(other, 0, NOW, "JENS.LARSEN@mail.dk", null, "Anne", "Larsen", null,
                        false));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(other);
    }

    @Test
    void deleteWithAStaleVersionIsRefusedAndKeepsTheEmail() {
        fixture.given(existing(), new CustomerUpdated(id, 1, CREATED_AT, EMAIL, null, "Jens", "Larsen", ADDRESS, false))
                .when(new DeleteCustomer(id, 0L))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Customer " + id + " is at version 1, not 0"))
                .expectNoEvents();

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(id);
    }

    @Test
    void deleteOfADeletedCustomerIsNotFound() {
        fixture.given(existing(), tombstone())
                .when(new DeleteCustomer(id, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + id))
                .expectNoEvents();
    }

    @Test
    void deleteOfAnUnknownCustomerFails() {
        fixture.givenNoPriorActivity()
                .when(new DeleteCustomer(id, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
