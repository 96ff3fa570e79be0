package dk.kea.cars.command.accessory;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.accessory.AccessoryCreated;
import dk.kea.cars.api.accessory.AccessoryUpdated;
import dk.kea.cars.api.accessory.CreateAccessory;
import dk.kea.cars.api.accessory.UpdateAccessory;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
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

class AccessoryAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    private final UUID id = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private InMemoryNameRegistry names;
    private FixtureConfiguration<Accessory> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        fixture = newFixture();
    }

    private FixtureConfiguration<Accessory> newFixture() {
        FixtureConfiguration<Accessory> created = new AggregateTestFixture<>(Accessory.class);
        created.registerInjectableResource(names);
        return created;
    }

    private static BigDecimal price(String value) {
        return new BigDecimal(value);
    }

    /** The accessory exists as "Tow Bar" at 500.00, version 0, and holds its name. */
    private AccessoryCreated existing() {
        names.claim(NameScope.ACCESSORY, "Tow Bar", id);
        return new AccessoryCreated(id, 0, CREATED_AT, "Tow Bar", price("500.00"));
    }

    @Test
    void createEmitsCreatedWithFullStateAtSequenceZero() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateAccessory(id, " Tow Bar ", price("500")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccessoryCreated(id, 0, NOW, "Tow Bar", price("500.00")))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(names.holder(NameScope.ACCESSORY, "tow bar")).contains(id);
    }

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(existing())
                .when(new CreateAccessory(id, "Roof Box", price("900")))
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        assertThat(names.holder(NameScope.ACCESSORY, "Roof Box")).isEmpty();
    }

    @Test
    void updateEmitsUpdatedWithTheMergedStateAtSequenceOne() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateAccessory(id, 0L, "Tow Hook", price("450.5")))
                .expectEvents(new AccessoryUpdated(id, 1, NOW, "Tow Hook", price("450.50")))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void partialUpdatesKeepTheOmittedField() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateAccessory(id, null, null, price("600")))
                .expectEvents(new AccessoryUpdated(id, 1, NOW, "Tow Bar", price("600.00")));

        newFixture().given(new AccessoryCreated(id, 0, CREATED_AT, "Tow Bar", price("500.00")))
                .andGivenCurrentTime(NOW)
                .when(new UpdateAccessory(id, null, "Tow Hook", null))
                .expectEvents(new AccessoryUpdated(id, 1, NOW, "Tow Hook", price("500.00")));
    }

    @Test
    void updateThatChangesNothingEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateAccessory(id, 0L, "Tow Bar", price("500.0")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        newFixture().given(new AccessoryCreated(id, 0, CREATED_AT, "Tow Bar", price("500.00")))
                .when(new UpdateAccessory(id, null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(), new AccessoryUpdated(id, 1, CREATED_AT, "Tow Bar", price("550.00")))
                .when(new UpdateAccessory(id, 0L, null, price("600")))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Accessory " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void updateOfAnUnknownAccessoryFails() {
        fixture.givenNoPriorActivity()
                .when(new UpdateAccessory(id, null, null, price("600")))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void createWithANameAnotherAccessoryHoldsIsAConflict() {
        names.claim(NameScope.ACCESSORY, "Tow Bar", other);

        fixture.givenNoPriorActivity()
                .when(new CreateAccessory(id, "Tow Bar", price("500")))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT,
                        "An accessory named 'Tow Bar' already exists"))
                .expectNoEvents();
    }

    @Test
    void namesAreComparedIgnoringCase() {
        names.claim(NameScope.ACCESSORY, "Tow Bar", other);

        fixture.givenNoPriorActivity()
                .when(new CreateAccessory(id, "TOW bar", price("500")))
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void renamingToANameAnotherAccessoryHoldsIsAConflict() {
        AccessoryCreated existing = existing();
        names.claim(NameScope.ACCESSORY, "Roof Box", other);

        fixture.given(existing)
                .when(new UpdateAccessory(id, null, "ROOF BOX", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void renamingFreesTheOldNameForOthers() {
        fixture.givenCommands(new CreateAccessory(id, "Tow Bar", price("500")))
                .andGivenCurrentTime(NOW)
                .when(new UpdateAccessory(id, 0L, "Tow Hook", null))
                .expectEvents(new AccessoryUpdated(id, 1, NOW, "Tow Hook", price("500.00")));

        newFixture().givenCurrentTime(NOW)
                .when(new CreateAccessory(other, "Tow Bar", price("300")))
                .expectEvents(new AccessoryCreated(other, 0, NOW, "Tow Bar", price("300.00")));

        newFixture().givenNoPriorActivity()
                .when(new CreateAccessory(UUID.randomUUID(), "tow hook", price("300")))
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
