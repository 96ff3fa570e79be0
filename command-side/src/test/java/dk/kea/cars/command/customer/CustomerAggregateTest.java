package dk.kea.cars.command.customer;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.customer.CreateCustomer;
import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.customer.CustomerErased;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.customer.DeleteCustomer;
import dk.kea.cars.api.customer.EraseCustomer;
import dk.kea.cars.api.customer.UpdateCustomer;
import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataMarks;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.command.naming.InMemoryNameRegistry;
import dk.kea.cars.command.naming.NameScope;
import dk.kea.cars.command.personaldata.InMemoryPersonalDataVault;
import dk.kea.cars.platform.personaldata.PersonalData;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private InMemoryPersonalDataVault vault;
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        vault = new InMemoryPersonalDataVault();
        fixture = newFixture();
    }

    private FixtureConfiguration<Customer> newFixture() {
        FixtureConfiguration<Customer> created = new AggregateTestFixture<>(Customer.class);
        created.registerInjectableResource(names);
        created.registerInjectableResource(vault);
        return created;
    }

    /** The customer exists with every field set, version 0, and holds its email. */
    private CustomerCreated existing() {
        names.claim(NameScope.CUSTOMER_EMAIL, EMAIL, id);
        return created(EMAIL, PHONE, ADDRESS);
    }

    private CustomerCreated created(String email, String phone, String address) {
        return new CustomerCreated(id, 0, CREATED_AT, sealed(email), sealed(phone), sealed("Jens"), sealed("Larsen"),
                sealed(address), false);
    }

    private CustomerUpdated updated(long sequence, String phone, String address) {
        return new CustomerUpdated(id, sequence, CREATED_AT, sealed(EMAIL), sealed(phone), sealed("Jens"),
                sealed("Larsen"), sealed(address), false);
    }

    private CustomerDeleted tombstone() {
        return new CustomerDeleted(id, 1, CREATED_AT, sealed(EMAIL), sealed(PHONE), sealed("Jens"), sealed("Larsen"),
                sealed(ADDRESS), true);
    }

    private SealedText sealed(String text) {
        return vault.seal(id, text);
    }

    /**
     * An event of {@code type} whose personal fields are all ciphertext (none is text, none legacy) and open, with the
     * customer's key, to the given values; and whose other fields are as given.
     */
    private Matcher<Object> sealedAs(Class<? extends CustomerEvent> type, UUID customer, long sequence, Instant at,
                                     String email, String phone, String firstName, String lastName, String address,
                                     boolean deleted) {
        List<String> expected = Arrays.asList(email, phone, firstName, lastName, address);
        return new CustomMatcher<>(type.getSimpleName() + "(" + customer + ", " + sequence + ", " + at + ", "
                + expected + ", deleted=" + deleted + ") sealed") {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof CustomerEvent event && type.isInstance(event) && event.id().equals(customer)
                        && event.sequence() == sequence && event.occurredAt().equals(at)
                        && event.deleted() == deleted && personalFields(event).stream()
                        .allMatch(field -> field == null || field.isCipher())
                        && personalFields(event).stream().map(field -> vault.open(customer, field)).toList()
                        .equals(expected);
            }
        };
    }

    private static List<SealedText> personalFields(CustomerEvent event) {
        return Arrays.asList(event.email(), event.phoneNumber(), event.firstName(), event.lastName(), event.address());
    }

    @SafeVarargs
    private static Matcher<List<EventMessage<?>>> exactly(Matcher<Object>... payloads) {
        List<Matcher<?>> all = new ArrayList<>(Arrays.asList(payloads));
        all.add(Matchers.andNoMore());
        return Matchers.payloadsMatching(Matchers.exactSequenceOf(all.toArray(Matcher[]::new)));
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
                .expectEventsMatching(exactly(sealedAs(CustomerCreated.class, id, 0, NOW,
                        "Jens.Larsen@mail.dk", PHONE, "Jens-Peter", "Larsen", "b" + ADDRESS, false)))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, "jens.larsen@mail.dk")).contains(id);
    }

    @Test
    void createWithoutTheOptionalFieldsStoresNulls() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateCustomer(id, EMAIL, "  ", "Jens", "Larsen", null))
                .expectEventsMatching(exactly(sealedAs(CustomerCreated.class, id, 0, NOW,
                        EMAIL, null, "Jens", "Larsen", null, false)));
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
                .expectEventsMatching(exactly(sealedAs(CustomerCreated.class, id, 0, NOW,
                        EMAIL, null, "Jens", "Larsen", null, false)));
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
        fixture.given(existing(), updated(1, null, ADDRESS))
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
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW,
                        EMAIL, PHONE, "Jens-Ole", "Larsen", ADDRESS, false)))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void aChangeToNullClearsThePhoneNumber() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(null, null, Change.to(null), null, null, null))
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW,
                        EMAIL, null, "Jens", "Larsen", ADDRESS, false)));
    }

    @Test
    void aChangeToNullClearsTheAddress() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(null, null, null, null, null, Change.to(null)))
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW,
                        EMAIL, PHONE, "Jens", "Larsen", null, false)));
    }

    @Test
    void aChangeToBlankClearsTheOptionalFieldsToo() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(null, null, Change.to(" "), null, null, Change.to("  ")))
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW,
                        EMAIL, null, "Jens", "Larsen", null, false)));
    }

    @Test
    void aChangeWithAValueSetsTheOptionalFields() {
        fixture.given(created(EMAIL, null, null))
                .andGivenCurrentTime(NOW)
                .when(update(0L, null, Change.to("87654321"), null, null, Change.to("Lygten 37, 2400 NV")))
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW,
                        EMAIL, "87654321", "Jens", "Larsen", "Lygten 37, 2400 NV", false)));
    }

    @Test
    void updateOfTheEmailMovesTheClaim() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(update(0L, "jens@KEA.dk", null, null, null, null))
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW,
                        "jens@kea.dk", PHONE, "Jens", "Larsen", ADDRESS, false)));

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
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW,
                        "JENS.LARSEN@mail.dk", PHONE, "Jens", "Larsen", ADDRESS, false)));

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
        fixture.given(created(EMAIL, null, null))
                .when(update(null, null, Change.to(null), null, null, Change.to(null)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void updateAfterAnUpdateGetsTheNextSequence() {
        fixture.given(existing(), updated(1, null, ADDRESS))
                .andGivenCurrentTime(NOW)
                .when(update(1L, null, null, null, "Holm", null))
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 2, NOW,
                        EMAIL, null, "Jens", "Holm", ADDRESS, false)))
                .expectResultMessagePayload(WriteResult.at(2));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(), updated(1, null, ADDRESS))
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
                .expectEventsMatching(exactly(sealedAs(CustomerDeleted.class, id, 1, NOW,
                        EMAIL, PHONE, "Jens", "Larsen", ADDRESS, true)))
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
                .expectEventsMatching(exactly(sealedAs(CustomerCreated.class, other, 0, NOW,
                        "JENS.LARSEN@mail.dk", null, "Anne", "Larsen", null, false)));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(other);
    }

    @Test
    void deleteWithAStaleVersionIsRefusedAndKeepsTheEmail() {
        fixture.given(existing(), updated(1, null, ADDRESS))
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

    // --- erase (crypto-shredding) ----------------------------------------------------------------------------

    @Test
    void eraseOfALivingCustomerDeletesItDeletesItsKeyAndFreesTheEmail() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new EraseCustomer(id))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactly(
                        sealedAsBeforeTheErasure(CustomerDeleted.class, 1, true),
                        erasedAt(2)))
                .expectResultMessagePayload(WriteResult.at(2));

        assertThat(vault.keyOf(id)).isEqualTo(PersonalDataKey.erased(id));
        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).isEmpty();
    }

    @Test
    void afterAnErasureNoEventOfTheCustomerCanBeReadAnyMore() {
        CustomerCreated created = existing();
        fixture.given(created)
                .when(new EraseCustomer(id))
                .expectSuccessfulHandlerExecution();

        PersonalData reader = new PersonalData(vault);
        assertThat(personalFields(created)).allSatisfy(field ->
                assertThat(reader.reveal(id, field)).isEqualTo(PersonalDataMarks.ERASED));
    }

    @Test
    void eraseOfADeletedCustomerOnlyErases() {
        fixture.given(existing(), tombstone())
                .andGivenCurrentTime(NOW)
                .when(new EraseCustomer(id))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactly(erasedAt(2)))
                .expectResultMessagePayload(WriteResult.at(2));

        assertThat(vault.keyOf(id).status()).isEqualTo(PersonalDataKey.Status.ERASED);
    }

    @Test
    void eraseOfAnErasedCustomerChangesNothingAndAnswersItsVersion() {
        fixture.given(existing(), tombstone(), erased(2))
                .when(new EraseCustomer(id))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(2));
    }

    @Test
    void eraseOfAnUnknownCustomerFails() {
        fixture.givenNoPriorActivity()
                .when(new EraseCustomer(id))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();

        assertThat(vault.keyOf(id).status()).isEqualTo(PersonalDataKey.Status.NONE);
    }

    @Test
    void anErasedCustomerIsNotFoundForEveryOtherWrite() {
        List<Object> history = List.of(existing(), tombstone(), erased(2));
        fixture.given(history)
                .when(update(null, null, null, "Ole", null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + id))
                .expectNoEvents();
        newFixture().given(history)
                .when(new CreateCustomer(id, EMAIL, null, "Jens", "Larsen", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + id))
                .expectNoEvents();
    }

    @Test
    void theEmailOfAnErasedCustomerMayBeUsedByAnotherCustomer() {
        fixture.given(existing())
                .when(new EraseCustomer(id))
                .expectSuccessfulHandlerExecution();

        newFixture().givenCurrentTime(NOW)
                .when(new CreateCustomer(other, EMAIL, null, "Anne", "Larsen", null))
                .expectEventsMatching(exactly(sealedAs(CustomerCreated.class, other, 0, NOW, EMAIL, null, "Anne",
                        "Larsen", null, false)));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).contains(other);
    }

    // --- customers stored before encryption (legacy text) ---------------------------------------------------

    @Test
    void aChangeOfALegacyCustomerSealsEveryFieldAnew() {
        names.claim(NameScope.CUSTOMER_EMAIL, EMAIL, id);
        fixture.given(legacyCreated())
                .andGivenCurrentTime(NOW)
                .when(update(0L, null, null, "jens-ole", null, null))
                .expectEventsMatching(exactly(sealedAs(CustomerUpdated.class, id, 1, NOW, EMAIL, PHONE,
                        "Jens-Ole", "Larsen", ADDRESS, false)));
    }

    @Test
    void eraseOfALegacyCustomerSealsItsTombstoneAndMarksItErased() {
        names.claim(NameScope.CUSTOMER_EMAIL, EMAIL, id);
        fixture.given(legacyCreated())
                .andGivenCurrentTime(NOW)
                .when(new EraseCustomer(id))
                .expectEventsMatching(exactly(sealedAsBeforeTheErasure(CustomerDeleted.class, 1, true),
                        erasedAt(2)));

        assertThat(names.holder(NameScope.CUSTOMER_EMAIL, EMAIL)).isEmpty();
        assertThat(new PersonalData(vault).reveal(id, SealedText.legacy(EMAIL))).isEqualTo(PersonalDataMarks.ERASED);
    }

    /** Revision 1 of the event as the upcaster presents it: every field legacy text. */
    private CustomerCreated legacyCreated() {
        return new CustomerCreated(id, 0, CREATED_AT, SealedText.legacy(EMAIL), SealedText.legacy(PHONE),
                SealedText.legacy("Jens"), SealedText.legacy("Larsen"), SealedText.legacy(ADDRESS), false);
    }

    private CustomerErased erased(long sequence) {
        vault.erase(id);
        return new CustomerErased(id, sequence, CREATED_AT);
    }

    private Matcher<Object> erasedAt(long sequence) {
        return new CustomMatcher<>("CustomerErased(" + id + ", " + sequence + ", " + NOW + ")") {
            @Override
            public boolean matches(Object actual) {
                return new CustomerErased(id, sequence, NOW).equals(actual);
            }
        };
    }

    /** Every personal field ciphertext: what it said can no longer be checked, the key is gone. */
    private Matcher<Object> sealedAsBeforeTheErasure(Class<? extends CustomerEvent> type, long sequence,
                                                     boolean deleted) {
        return new CustomMatcher<>(type.getSimpleName() + "(" + id + ", " + sequence + ") sealed") {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof CustomerEvent event && type.isInstance(event) && event.id().equals(id)
                        && event.sequence() == sequence && event.occurredAt().equals(NOW)
                        && event.deleted() == deleted && personalFields(event).stream()
                        .allMatch(field -> field != null && field.isCipher());
            }
        };
    }
}
