package dk.kea.cars.command.color;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.color.ColorUpdated;
import dk.kea.cars.api.color.CreateColor;
import dk.kea.cars.api.color.UpdateColor;
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

class ColorAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    private final UUID id = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private InMemoryNameRegistry names;
    private FixtureConfiguration<Color> fixture;

    @BeforeEach
    void setUp() {
        names = new InMemoryNameRegistry();
        fixture = newFixture();
    }

    private FixtureConfiguration<Color> newFixture() {
        FixtureConfiguration<Color> created = new AggregateTestFixture<>(Color.class);
        created.registerInjectableResource(names);
        return created;
    }

    private static BigDecimal price(String value) {
        return new BigDecimal(value);
    }

    /** The color exists as "Racing Red" (200, 10, 20) at 1500.00, version 0, and holds its name. */
    private ColorCreated existing() {
        names.claim(NameScope.COLOR, "Racing Red", id);
        return new ColorCreated(id, 0, CREATED_AT, "Racing Red", price("1500.00"), 200, 10, 20);
    }

    @Test
    void createEmitsCreatedWithFullStateAtSequenceZero() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateColor(id, "Racing Red", price("1500"), 200, 10, 20))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ColorCreated(id, 0, NOW, "Racing Red", price("1500.00"), 200, 10, 20))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(names.holder(NameScope.COLOR, "racing red")).contains(id);
    }

    @Test
    void createOfAFreeColor() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateColor(id, "Plain White", BigDecimal.ZERO, 255, 255, 255))
                .expectEvents(new ColorCreated(id, 0, NOW, "Plain White", price("0.00"), 255, 255, 255));
    }

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(existing())
                .when(new CreateColor(id, "Ocean Blue", price("10"), 0, 0, 255))
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        assertThat(names.holder(NameScope.COLOR, "Ocean Blue")).isEmpty();
    }

    @Test
    void updateEmitsUpdatedWithTheMergedStateAtSequenceOne() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateColor(id, 0L, "Deep Red", price("0"), 150, 0, 0))
                .expectEvents(new ColorUpdated(id, 1, NOW, "Deep Red", price("0.00"), 150, 0, 0))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void updateOfOneChannelKeepsEverythingElse() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateColor(id, null, null, null, null, 99, null))
                .expectEvents(new ColorUpdated(id, 1, NOW, "Racing Red", price("1500.00"), 200, 99, 20));
    }

    @Test
    void updateOfThePriceOnlyKeepsNameAndChannels() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateColor(id, null, null, price("1750"), null, null, null))
                .expectEvents(new ColorUpdated(id, 1, NOW, "Racing Red", price("1750.00"), 200, 10, 20));
    }

    @Test
    void updateToAChannelValueOfZeroIsAChange() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateColor(id, null, null, null, 0, null, null))
                .expectEvents(new ColorUpdated(id, 1, NOW, "Racing Red", price("1500.00"), 0, 10, 20));
    }

    @Test
    void updateThatChangesNothingEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateColor(id, 0L, "Racing Red", price("1500"), 200, 10, 20))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));

        newFixture().given(new ColorCreated(id, 0, CREATED_AT, "Racing Red", price("1500.00"), 200, 10, 20))
                .when(new UpdateColor(id, null, null, null, null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(), new ColorUpdated(id, 1, CREATED_AT, "Racing Red", price("1600.00"), 200, 10, 20))
                .when(new UpdateColor(id, 0L, null, null, 1, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Color " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void updateOfAnUnknownColorFails() {
        fixture.givenNoPriorActivity()
                .when(new UpdateColor(id, null, "Racing Red", null, null, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void createWithANameAnotherColorHoldsIsAConflict() {
        names.claim(NameScope.COLOR, "Racing Red", other);

        fixture.givenNoPriorActivity()
                .when(new CreateColor(id, "Racing Red", price("10"), 1, 2, 3))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT, "A color named 'Racing Red' already exists"))
                .expectNoEvents();
    }

    @Test
    void namesAreComparedIgnoringCase() {
        names.claim(NameScope.COLOR, "Racing Red", other);

        fixture.givenNoPriorActivity()
                .when(new CreateColor(id, "racing RED", price("10"), 1, 2, 3))
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void renamingToANameAnotherColorHoldsIsAConflict() {
        ColorCreated existing = existing();
        names.claim(NameScope.COLOR, "Ocean Blue", other);

        fixture.given(existing)
                .when(new UpdateColor(id, null, "Ocean Blue", null, null, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "Ocean Blue"))
                .expectNoEvents();
    }

    @Test
    void renamingFreesTheOldNameForOthers() {
        fixture.givenCommands(new CreateColor(id, "Racing Red", price("1500"), 200, 10, 20))
                .andGivenCurrentTime(NOW)
                .when(new UpdateColor(id, 0L, "Deep Red", null, null, null, null))
                .expectEvents(new ColorUpdated(id, 1, NOW, "Deep Red", price("1500.00"), 200, 10, 20));

        newFixture().givenCurrentTime(NOW)
                .when(new CreateColor(other, "Racing Red", price("10"), 1, 2, 3))
                .expectEvents(new ColorCreated(other, 0, NOW, "Racing Red", price("10.00"), 1, 2, 3));

        newFixture().givenNoPriorActivity()
                .when(new CreateColor(UUID.randomUUID(), "Deep Red", price("10"), 1, 2, 3))
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }
}
