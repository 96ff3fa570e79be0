package dk.kea.cars.command.insurance;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.insurance.CreateInsurance;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.insurance.UpdateInsurance;
import dk.kea.cars.command.naming.InMemoryNameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

class InsuranceAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    private final UUID id = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private InMemoryNameRegistry names;
    private FixtureConfiguration<Insurance> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        fixture = newFixture();
    }

    private FixtureConfiguration<Insurance> newFixture() {
        FixtureConfiguration<Insurance> created = new AggregateTestFixture<>(Insurance.class);
        created.registerInjectableResource(names);
        return created;
    }

    private static BigDecimal price(String value) {
        return new BigDecimal(value);
    }

    /** The insurance exists as "Flat Tire" at 100.00, version 0, and holds its name. */
    private InsuranceCreated existing() {
        names.claim(NameScope.INSURANCE, "Flat Tire", id);
        return new InsuranceCreated(id, 0, CREATED_AT, "Flat Tire", price("100.00"));
    }

    @Test
    void createEmitsCreatedWithFullStateAtSequenceZero() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateInsurance(id, "flat tire", price("100")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InsuranceCreated(id, 0, NOW, "Flat Tire", price("100.00")))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(names.holder(NameScope.INSURANCE, "Flat Tire")).contains(id);
    }

    @Test
    void occurredAtIsTheFixtureClock() {
        var executor = fixture.givenNoPriorActivity();
        Instant expected = executor.currentTime();

        executor.when(new CreateInsurance(id, "Glass Cover", price("50")))
                .expectEvents(new InsuranceCreated(id, 0, expected, "Glass Cover", price("50.00")));
    }

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(existing())
                .when(new CreateInsurance(id, "Road Assistance", price("10")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        assertThat(names.holder(NameScope.INSURANCE, "Road Assistance")).isEmpty();
    }

    @Test
    void createOfAnExistingIdAnswersItsLatestVersion() {
        fixture.given(existing(), new InsuranceUpdated(id, 1, CREATED_AT, "Flat Tire", price("120.00")))
                .when(new CreateInsurance(id, "Flat Tire", price("100")))
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void updateEmitsUpdatedWithTheMergedStateAtSequenceOne() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateInsurance(id, null, "glass cover", price("250")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InsuranceUpdated(id, 1, NOW, "Glass Cover", price("250.00")))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void updateOfThePriceOnlyKeepsTheName() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateInsurance(id, null, null, price("150")))
                .expectEvents(new InsuranceUpdated(id, 1, NOW, "Flat Tire", price("150.00")))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void updateOfTheNameOnlyKeepsThePrice() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateInsurance(id, null, "Glass Cover", null))
                .expectEvents(new InsuranceUpdated(id, 1, NOW, "Glass Cover", price("100.00")));
    }

    @Test
    void updateAfterAnUpdateGetsTheNextSequence() {
        fixture.given(existing(), new InsuranceUpdated(id, 1, CREATED_AT, "Flat Tire", price("120.00")))
                .andGivenCurrentTime(NOW)
                .when(new UpdateInsurance(id, 1L, null, price("130")))
                .expectEvents(new InsuranceUpdated(id, 2, NOW, "Flat Tire", price("130.00")))
                .expectResultMessagePayload(WriteResult.at(2));
    }

    @Test
    void updateWithoutChangesEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateInsurance(id, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateToTheSameValuesEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateInsurance(id, 0L, "flat tire", price("100")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateWithTheCurrentVersionIsAccepted() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateInsurance(id, 0L, null, price("101")))
                .expectEvents(new InsuranceUpdated(id, 1, NOW, "Flat Tire", price("101.00")));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(), new InsuranceUpdated(id, 1, CREATED_AT, "Flat Tire", price("120.00")))
                .when(new UpdateInsurance(id, 0L, null, price("130")))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Insurance " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void updateWithAFutureVersionIsRefused() {
        fixture.given(existing())
                .when(new UpdateInsurance(id, 5L, "Glass Cover", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.VERSION_MISMATCH))
                .expectNoEvents();

        assertThat(names.holder(NameScope.INSURANCE, "Glass Cover")).isEmpty();
    }

    @Test
    void updateOfAnUnknownInsuranceFails() {
        fixture.givenNoPriorActivity()
                .when(new UpdateInsurance(id, null, "Glass Cover", null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void createWithANameAnotherInsuranceHoldsIsAConflict() {
        names.claim(NameScope.INSURANCE, "Flat Tire", other);

        fixture.givenNoPriorActivity()
                .when(new CreateInsurance(id, "flat tire", price("100")))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT,
                        "An insurance named 'Flat Tire' already exists"))
                .expectNoEvents();
    }

    @Test
    void namesAreComparedIgnoringCase() {
        names.claim(NameScope.INSURANCE, "FLAT TIRE", other);

        fixture.givenNoPriorActivity()
                .when(new CreateInsurance(id, "Flat Tire", price("100")))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void renamingToANameAnotherInsuranceHoldsIsAConflict() {
        InsuranceCreated existing = existing();
        names.claim(NameScope.INSURANCE, "Glass Cover", other);

        fixture.given(existing)
                .when(new UpdateInsurance(id, null, "glass cover", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "Glass Cover"))
                .expectNoEvents();

        assertThat(names.holder(NameScope.INSURANCE, "Flat Tire")).contains(id);
        assertThat(names.holder(NameScope.INSURANCE, "Glass Cover")).contains(other);
    }

    @Test
    void renamingFreesTheOldNameForOthers() {
        fixture.givenCommands(new CreateInsurance(id, "Flat Tire", price("100")))
                .andGivenCurrentTime(NOW)
                .when(new UpdateInsurance(id, 0L, "Glass Cover", null))
                .expectEvents(new InsuranceUpdated(id, 1, NOW, "Glass Cover", price("100.00")));

        assertThat(names.holder(NameScope.INSURANCE, "Glass Cover")).contains(id);
        assertThat(names.holder(NameScope.INSURANCE, "Flat Tire")).isEmpty();

        newFixture().givenCurrentTime(NOW)
                .when(new CreateInsurance(other, "flat tire", price("80")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InsuranceCreated(other, 0, NOW, "Flat Tire", price("80.00")));

        newFixture().givenNoPriorActivity()
                .when(new CreateInsurance(UUID.randomUUID(), "Glass Cover", price("80")))
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
