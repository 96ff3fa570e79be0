package dk.kea.cars.command.car;

import static dk.kea.cars.command.lookup.InMemoryCarReferences.EARTHQUAKE;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.R8;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.TINTED_WINDOWS;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarDeleted;
import dk.kea.cars.api.car.CarPurchased;
import dk.kea.cars.api.car.PurchaseCar;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.purchase.PurchaseCreated;
import dk.kea.cars.command.lookup.InMemoryCarReferences;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Buying a car (spec §6.3). The car accepts the purchase and creates the Purchase aggregate with
 * {@code AggregateLifecycle.createNew} in the same unit of work. Axon's fixture runs that creation through its own
 * {@code CreationalRepository} on the fixture's recording event store, so the events recorded for one {@code when}
 * are the car's {@code CarPurchased} followed by the new purchase's {@code PurchaseCreated}. (The fixture builds the
 * new aggregate as a plain {@code AnnotatedAggregate}, so it records {@code PurchaseCreated} as a plain event message
 * without aggregate id and sequence; {@code CarPurchaseEventStoreTest} checks the real event-sourcing repository.)
 */
class CarPurchaseAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2024-04-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2024-04-20T10:15:30Z");
    private static final LocalDate DEADLINE = LocalDate.of(2024, 5, 1);
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 20);
    private static final BigDecimal PRICE = new BigDecimal("10530.80");

    private final UUID id = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID otherSalesPerson = UUID.randomUUID();
    private final UUID manager = UUID.randomUUID();
    private InMemoryCarReferences references;
    private FixtureConfiguration<Car> fixture;

    @BeforeEach
    void setUp() {
        references = InMemoryCarReferences.withSeedCatalog().customer(customer).employee(owner);
        fixture = new AggregateTestFixture<>(Car.class);
        fixture.registerInjectableResource(references);
    }

    /** An unpurchased R8 owned by {@link #owner}, deadline {@link #DEADLINE}, version 0. */
    private CarCreated existing() {
        return new CarCreated(id, 0, CREATED_AT, customer, owner, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), DEADLINE, PRICE, null, false);
    }

    private CarPurchased purchased(UUID purchaseId) {
        return new CarPurchased(id, 1, CREATED_AT, customer, owner, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), DEADLINE, PRICE, purchaseId, false);
    }

    /** What the car emits when bought now with {@link #purchase}. */
    private CarPurchased purchasedNow() {
        return new CarPurchased(id, 1, NOW, customer, owner, R8, WHITE, List.of(TINTED_WINDOWS),
                List.of(EARTHQUAKE), DEADLINE, PRICE, purchase, false);
    }

    @Test
    void aPurchaseMarksTheCarAndCreatesThePurchase() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(purchasedNow(), new PurchaseCreated(purchase, 0, NOW, id, TODAY, false))
                .expectResultMessagePayload(WriteResult.created(0));
    }

    @Test
    void theCarsEventComesFirstAsADomainEventOfTheCar() {
        List<EventMessage<?>> recorded = new ArrayList<>();

        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectEventsMatching(recording(recorded));

        assertThat(recorded.stream().<Class<?>>map(event -> event.getPayload().getClass()).toList())
                .containsExactly(CarPurchased.class, PurchaseCreated.class);
        assertThat(recorded.get(0)).isInstanceOfSatisfying(DomainEventMessage.class, event -> {
            assertThat(event.getType()).isEqualTo("Car");
            assertThat(event.getAggregateIdentifier()).isEqualTo(id.toString());
            assertThat(event.getSequenceNumber()).isEqualTo(1);
        });
        PurchaseCreated created = (PurchaseCreated) recorded.get(1).getPayload();
        assertThat(created.id()).isEqualTo(purchase);
        assertThat(created.sequence()).isZero();
        assertThat(created.carId()).isEqualTo(id);
    }

    @Test
    void thePriceStaysTheOneFrozenAtCreation() {
        references.model(R8, "99999.00", WHITE).color(WHITE, "1.00");

        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectEvents(purchasedNow(), new PurchaseCreated(purchase, 0, NOW, id, TODAY, false));
    }

    @Test
    void aSecondPurchaseIsAConflict() {
        fixture.given(existing(), purchased(UUID.randomUUID()))
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT, "Car " + id + " is already purchased"))
                .expectNoEvents();
    }

    @Test
    void theSamePurchaseAgainEmitsNothingAndAnswersThePurchasesVersion() {
        fixture.given(existing(), purchased(purchase))
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void aDateAfterTheDeadlineIsARuleViolation() {
        fixture.given(existing())
                .when(new PurchaseCar(id, purchase, DEADLINE.plusDays(1), owner, false))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.RULE_VIOLATED,
                        "The date of purchase 2024-05-02 is after the car's purchase deadline 2024-05-01"))
                .expectNoEvents();
    }

    @Test
    void aDateOnTheDeadlineIsAccepted() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new PurchaseCar(id, purchase, DEADLINE, owner, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(purchasedNow(), new PurchaseCreated(purchase, 0, NOW, id, DEADLINE, false));
    }

    @Test
    void aSalesPersonMayNotBuyAnotherEmployeesCar() {
        fixture.given(existing())
                .when(new PurchaseCar(id, purchase, TODAY, otherSalesPerson, false))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.FORBIDDEN,
                        "A sales person may only buy their own cars"))
                .expectNoEvents();
    }

    @Test
    void aSalesPersonMayBuyTheirOwnCar() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(purchasedNow(), new PurchaseCreated(purchase, 0, NOW, id, TODAY, false));
    }

    @Test
    void aManagerMayBuyAnyCar() {
        fixture.given(existing())
                .andGivenCurrentTime(NOW)
                .when(new PurchaseCar(id, purchase, TODAY, manager, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(purchasedNow(), new PurchaseCreated(purchase, 0, NOW, id, TODAY, false));
    }

    @Test
    void aPurchaseOfADeletedCarIsNotFound() {
        fixture.given(existing(), new CarDeleted(id, 1, CREATED_AT, customer, owner, R8, WHITE,
                        List.of(TINTED_WINDOWS), List.of(EARTHQUAKE), DEADLINE, PRICE, null, true))
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No car with id " + id))
                .expectNoEvents();
    }

    @Test
    void aPurchaseOfAnUnknownCarFails() {
        fixture.givenNoPriorActivity()
                .when(new PurchaseCar(id, purchase, TODAY, owner, false))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static Matcher<List<Message<?>>> recording(List<EventMessage<?>> into) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                for (Object message : (List<?>) actual) {
                    into.add((EventMessage<?>) message);
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events (recorded)");
            }
        };
    }
}
