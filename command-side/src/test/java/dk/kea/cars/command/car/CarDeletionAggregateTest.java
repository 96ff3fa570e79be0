package dk.kea.cars.command.car;

import static dk.kea.cars.command.lookup.InMemoryCarReferences.EARTHQUAKE;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.R8;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.TINTED_WINDOWS;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.WHITE;

import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarDeleted;
import dk.kea.cars.api.car.CarPurchased;
import dk.kea.cars.api.car.DeleteCar;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.command.lookup.InMemoryCarReferences;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deleting a car (spec §6.4): a purchased car goes only with its purchase; a sales person only deletes their own. */
class CarDeletionAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2024-04-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2024-04-20T10:15:30Z");
    private static final LocalDate DEADLINE = LocalDate.of(2024, 5, 1);
    private static final BigDecimal PRICE = new BigDecimal("10530.80");

    private final UUID id = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID otherSalesPerson = UUID.randomUUID();
    private final UUID manager = UUID.randomUUID();
    private FixtureConfiguration<Car> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Car.class);
        fixture.registerInjectableResource(InMemoryCarReferences.withSeedCatalog().customer(customer).employee(owner));
    }

    private CarCreated existing() {
        return new CarCreated(id, 0, CREATED_AT, customer, owner, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), DEADLINE, PRICE, null, false);
    }

    private CarPurchased purchased() {
        return new CarPurchased(id, 1, CREATED_AT, customer, owner, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), DEADLINE, PRICE, purchase, false);
    }

    private CarDeleted deletedNow(long sequence, UUID purchaseId) {
        return new CarDeleted(id, sequence, NOW, customer, owner, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), DEADLINE, PRICE, purchaseId, true);
    }

    @Test
    void deleteOfAnUnpurchasedCarEmitsATombstoneWithTheLastState() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new DeleteCar(id, 0L, false, manager, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(deletedNow(1, null))
                .expectResultMessagePayload(WriteResult.at(1));
    }

    @Test
    void aPurchasedCarNeedsDeletePurchaseToo() {
        fixture.given(existing(), purchased())
                .when(new DeleteCar(id, null, false, manager, true))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.RULE_VIOLATED,
                        "Car " + id + " is purchased: delete it with delete_purchase_too=true"))
                .expectNoEvents();
    }

    @Test
    void aPurchasedCarWithDeletePurchaseTooIsDeletedAndKeepsThePurchaseId() {
        fixture.given(existing(), purchased())
                .andGivenCurrentTime(NOW)
                .when(new DeleteCar(id, 1L, true, manager, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(deletedNow(2, purchase))
                .expectResultMessagePayload(WriteResult.at(2));
    }

    @Test
    void aSalesPersonMayNotDeleteAnotherEmployeesCar() {
        fixture.given(existing())
                .when(new DeleteCar(id, null, false, otherSalesPerson, false))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.FORBIDDEN,
                        "A sales person may only delete their own cars"))
                .expectNoEvents();
    }

    @Test
    void aSalesPersonMayDeleteTheirOwnCar() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new DeleteCar(id, null, false, owner, false))
                .expectEvents(deletedNow(1, null));
    }

    @Test
    void theSystemMayDeleteAnyCarWithItsPurchase() {
        fixture.given(existing(), purchased())
                .andGivenCurrentTime(NOW)
                .when(new DeleteCar(id, null, true, null, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(deletedNow(2, purchase));
    }

    @Test
    void anEmployeesDeleteOfADeletedCarIsNotFound() {
        fixture.given(existing(), tombstone())
                .when(new DeleteCar(id, null, false, manager, true))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No car with id " + id))
                .expectNoEvents();
    }

    @Test
    void theSystemsRepeatedDeleteOfADeletedCarEmitsNothingAndAnswersTheTombstone() {
        fixture.given(existing(), tombstone())
                .when(new DeleteCar(id, null, true, null, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(1));
    }

    private CarDeleted tombstone() {
        return new CarDeleted(id, 1, CREATED_AT, customer, owner, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), DEADLINE, PRICE, null, true);
    }

    @Test
    void deleteWithAStaleVersionIsRefused() {
        fixture.given(existing(), purchased())
                .when(new DeleteCar(id, 0L, true, manager, true))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.VERSION_MISMATCH,
                        "Car " + id + " is at version 1, not 0"))
                .expectNoEvents();
    }

    @Test
    void deleteOfAnUnknownCarFails() {
        fixture.givenNoPriorActivity()
                .when(new DeleteCar(id, null, false, manager, true))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
