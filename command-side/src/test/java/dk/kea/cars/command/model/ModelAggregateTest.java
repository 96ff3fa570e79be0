package dk.kea.cars.command.model;

import static dk.kea.cars.command.RejectionMatchers.rejection;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.model.CreateModel;
import dk.kea.cars.api.model.ModelCreated;
import dk.kea.cars.api.model.ModelUpdated;
import dk.kea.cars.api.model.UpdateModel;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

class ModelAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final String IMAGE = "https://kea.dk/r8.png";
    private static final String NEW_IMAGE = "https://kea.dk/r8-2025.png";

    private final UUID id = UUID.randomUUID();
    private final UUID brand = UUID.randomUUID();
    private final UUID red = UUID.randomUUID();
    private final UUID blue = UUID.randomUUID();
    private FixtureConfiguration<Model> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Model.class);
        fixture.registerInjectableResource(new InMemoryModelReferences().brand(brand).colors(red, blue));
    }

    private static BigDecimal price(String value) {
        return new BigDecimal(value);
    }

    /** A mutable list, as Jackson would hand the REST layer. */
    private static List<UUID> ids(UUID... ids) {
        return new ArrayList<>(Arrays.asList(ids));
    }

    /** The model exists as "R8" of {@link #brand} at 1500000.00 in red, version 0. */
    private ModelCreated existing() {
        return new ModelCreated(id, 0, CREATED_AT, brand, "R8", price("1500000.00"), IMAGE, List.of(red));
    }

    @Test
    void createEmitsCreatedWithFullStateAtSequenceZero() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateModel(id, brand, " R8 ", price("1500000"), IMAGE, ids(red, blue)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ModelCreated(id, 0, NOW, brand, "R8", price("1500000.00"), IMAGE, List.of(red, blue)))
                .expectResultMessagePayload(WriteResult.created(0));
    }

    @Test
    void createWithAnUnknownBrandIsNotFoundAndEmitsNothing() {
        UUID unknown = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new CreateModel(id, unknown, "R8", price("1500000"), IMAGE, ids(red)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No brand with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void createWithAnUnknownColorIsNotFoundAndEmitsNothing() {
        UUID unknown = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new CreateModel(id, brand, "R8", price("1500000"), IMAGE, ids(red, unknown)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No color with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void updateToAnUnknownColorIsNotFoundAndEmitsNothing() {
        UUID unknown = UUID.randomUUID();
        fixture.given(existing())
                .when(new UpdateModel(id, null, null, null, null, ids(unknown)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No color with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(existing())
                .when(new CreateModel(id, UUID.randomUUID(), "Q7", price("900000"), NEW_IMAGE, ids(blue)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateEmitsUpdatedWithTheMergedStateAtSequenceOneAndKeepsTheBrand() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateModel(id, 0L, "R8 Spyder", price("1750000"), NEW_IMAGE, ids(blue, red)))
                .expectEvents(new ModelUpdated(id, 1, NOW, brand, "R8 Spyder", price("1750000.00"), NEW_IMAGE,
                        List.of(blue, red)))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void updateOfTheColorsOnlyKeepsEverythingElse() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateModel(id, null, null, null, null, ids(blue)))
                .expectEvents(new ModelUpdated(id, 1, NOW, brand, "R8", price("1500000.00"), IMAGE, List.of(blue)));
    }

    @Test
    void updateOfNameAndPriceKeepsImageAndColors() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateModel(id, null, "R8 V10", price("1600000"), null, null))
                .expectEvents(new ModelUpdated(id, 1, NOW, brand, "R8 V10", price("1600000.00"), IMAGE, List.of(red)));
    }

    @Test
    void updateOfTheImageOnlyKeepsEverythingElse() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new UpdateModel(id, null, null, null, NEW_IMAGE, null))
                .expectEvents(new ModelUpdated(id, 1, NOW, brand, "R8", price("1500000.00"), NEW_IMAGE, List.of(red)));
    }

    @Test
    void updateWithoutChangesEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateModel(id, null, null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateToTheSameValuesEmitsNothing() {
        fixture.given(existing())
                .when(new UpdateModel(id, 0L, "R8", price("1500000.0"), IMAGE, ids(red)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void updateAfterAnUpdateGetsTheNextSequence() {
        fixture.given(existing(),
                        new ModelUpdated(id, 1, CREATED_AT, brand, "R8", price("1550000.00"), IMAGE, List.of(red)))
                .andGivenCurrentTime(NOW)
                .when(new UpdateModel(id, 1L, null, null, null, ids(red, blue)))
                .expectEvents(new ModelUpdated(id, 2, NOW, brand, "R8", price("1550000.00"), IMAGE, List.of(red, blue)))
                .expectResultMessagePayload(WriteResult.at(2));
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        fixture.given(existing(),
                        new ModelUpdated(id, 1, CREATED_AT, brand, "R8", price("1550000.00"), IMAGE, List.of(red)))
                .when(new UpdateModel(id, 0L, "R8 Spyder", null, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Model " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void updateWithAFutureVersionIsRefused() {
        fixture.given(existing())
                .when(new UpdateModel(id, 1L, "R8 Spyder", null, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.VERSION_MISMATCH, "not 1"))
                .expectNoEvents();
    }

    @Test
    void updateOfAnUnknownModelFails() {
        fixture.givenNoPriorActivity()
                .when(new UpdateModel(id, null, "R8", null, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
