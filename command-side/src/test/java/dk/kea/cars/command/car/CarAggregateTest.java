package dk.kea.cars.command.car;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.ADAPTIVE_HEADLIGHTS;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.BLACK;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.BLUE;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.BROKEN_WINDOW;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.EARTHQUAKE;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.FLAT_TIRE;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.HEATED_SEATS;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.R8;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.SERIES_1;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.TINTED_WINDOWS;
import static dk.kea.cars.command.lookup.InMemoryCarReferences.WHITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import dk.kea.cars.api.car.CarCreated;
import dk.kea.cars.api.car.CarDeleted;
import dk.kea.cars.api.car.CreateCar;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.command.lookup.InMemoryCarReferences;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** Creating a car: the references it needs (spec §6.2) and its frozen total price (spec §6.1). */
class CarAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    private final UUID id = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID employee = UUID.randomUUID();
    private final UUID unknown = UUID.randomUUID();
    private final LocalDate deadline = Rules.today().plusDays(14);
    private InMemoryCarReferences references;
    private FixtureConfiguration<Car> fixture;

    @BeforeEach
    void setUp() {
        references = InMemoryCarReferences.withSeedCatalog().customer(customer).employee(employee);
        fixture = new AggregateTestFixture<>(Car.class);
        fixture.registerInjectableResource(references);
    }

    /** A mutable list, as Jackson would hand the REST layer. */
    private static List<UUID> ids(UUID... ids) {
        return new ArrayList<>(Arrays.asList(ids));
    }

    private CreateCar create(UUID model, UUID color, List<UUID> accessories, List<UUID> insurances) {
        return new CreateCar(id, customer, employee, model, color, accessories, insurances, deadline, null, true);
    }

    // --- price --------------------------------------------------------------------------------------------

    @Test
    void priceOfAnR8InWhiteWithTintedWindowsAndEarthquakeInsurance() {
        AtomicReference<CarCreated> created = new AtomicReference<>();

        fixture.givenCurrentTime(NOW)
                .when(create(R8, WHITE, ids(TINTED_WINDOWS), ids(EARTHQUAKE)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CarCreated(id, 0, NOW, customer, employee, R8, WHITE, List.of(TINTED_WINDOWS),
                        List.of(EARTHQUAKE), deadline, new BigDecimal("10530.80"), null, false))
                .expectEventsMatching(capturing(created))
                .expectResultMessagePayload(WriteResult.created(0));

        assertThat(created.get().totalPrice()).isEqualByComparingTo("10530.80");
        assertThat(created.get().totalPrice().scale()).isEqualTo(2);
    }

    @Test
    void priceOfASeries1InBlueWithTwoAccessoriesAndTwoInsurances() {
        AtomicReference<CarCreated> created = new AtomicReference<>();

        fixture.givenCurrentTime(NOW)
                .when(create(SERIES_1, BLUE, ids(ADAPTIVE_HEADLIGHTS, HEATED_SEATS), ids(FLAT_TIRE, BROKEN_WINDOW)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CarCreated(id, 0, NOW, customer, employee, SERIES_1, BLUE,
                        List.of(ADAPTIVE_HEADLIGHTS, HEATED_SEATS), List.of(FLAT_TIRE, BROKEN_WINDOW), deadline,
                        new BigDecimal("10420.70"), null, false))
                .expectEventsMatching(capturing(created));

        assertThat(created.get().totalPrice()).isEqualByComparingTo("10420.70");
        assertThat(created.get().totalPrice().scale()).isEqualTo(2);
    }

    @Test
    void priceWithoutAccessoriesOrInsurancesIsModelPlusColor() {
        AtomicReference<CarCreated> created = new AtomicReference<>();

        fixture.givenCurrentTime(NOW)
                .when(create(R8, BLACK, null, null))
                .expectEvents(new CarCreated(id, 0, NOW, customer, employee, R8, BLACK, List.of(), List.of(),
                        deadline, new BigDecimal("10000.95"), null, false))
                .expectEventsMatching(capturing(created));

        assertThat(created.get().totalPrice()).isEqualByComparingTo("10000.95");
        assertThat(created.get().totalPrice().scale()).isEqualTo(2);
    }

    @Test
    void theDeadlineDefaultsToThirtyDaysFromToday() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateCar(id, customer, employee, R8, BLACK, null, null, null, null, true))
                .expectEvents(new CarCreated(id, 0, NOW, customer, employee, R8, BLACK, List.of(), List.of(),
                        Rules.today().plusDays(30), new BigDecimal("10000.95"), null, false));
    }

    // --- references ---------------------------------------------------------------------------------------

    @Test
    void aMissingCustomerIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateCar(id, unknown, employee, R8, WHITE, null, null, deadline, null, true))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void aDeletedCustomerIsNotFound() {
        references.deletedCustomer(customer);

        fixture.givenNoPriorActivity()
                .when(create(R8, WHITE, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No customer with id " + customer))
                .expectNoEvents();
    }

    @Test
    void aMissingEmployeeIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateCar(id, customer, unknown, R8, WHITE, null, null, deadline, null, true))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No employee with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void aDeletedEmployeeCannotOwnANewCar() {
        references.deletedEmployee(employee);

        fixture.givenNoPriorActivity()
                .when(create(R8, WHITE, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.RULE_VIOLATED,
                        "Employee " + employee + " is deleted and cannot own a new car"))
                .expectNoEvents();
    }

    @Test
    void aMissingModelIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(create(unknown, WHITE, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No model with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void aMissingColorIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(create(R8, unknown, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No color with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void aMissingAccessoryIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(create(R8, WHITE, ids(TINTED_WINDOWS, unknown), null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No accessory with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void aMissingInsuranceIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(create(R8, WHITE, ids(TINTED_WINDOWS), ids(EARTHQUAKE, unknown)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No insurance with id " + unknown))
                .expectNoEvents();
    }

    @Test
    void anAccessoryIdIsNoInsurance() {
        fixture.givenNoPriorActivity()
                .when(create(R8, WHITE, null, ids(TINTED_WINDOWS)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.NOT_FOUND, "No insurance with id " + TINTED_WINDOWS))
                .expectNoEvents();
    }

    @Test
    void aColorTheModelIsNotOfferedInIsARuleViolation() {
        fixture.givenNoPriorActivity()
                .when(create(R8, BLUE, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.RULE_VIOLATED,
                        "Color " + BLUE + " is not offered for model " + R8))
                .expectNoEvents();
    }

    // --- idempotency --------------------------------------------------------------------------------------

    @Test
    void createOfAnExistingIdEmitsNothingAndAnswersTheCurrentVersion() {
        fixture.given(new CarCreated(id, 0, CREATED_AT, customer, employee, R8, WHITE, List.of(TINTED_WINDOWS),
                        List.of(EARTHQUAKE), deadline, new BigDecimal("10530.80"), null, false))
                .when(create(R8, WHITE, ids(TINTED_WINDOWS), ids(EARTHQUAKE)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void createOfAnExistingIdEmitsNothingEvenWithOtherValues() {
        fixture.given(new CarCreated(id, 0, CREATED_AT, customer, employee, R8, WHITE, List.of(), List.of(),
                        deadline, new BigDecimal("10400.90"), null, false))
                .when(create(SERIES_1, BLUE, ids(HEATED_SEATS), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void createOfAnotherSalesPersonsCarIdIsForbiddenAndShowsNothing() {
        UUID otherSalesPerson = UUID.randomUUID();
        fixture.given(existingCar())
                .when(new CreateCar(id, customer, otherSalesPerson, R8, WHITE, null, null, deadline,
                        otherSalesPerson, false))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.FORBIDDEN,
                        "A sales person may only see their own cars"))
                .expectNoEvents();
    }

    @Test
    void theOwningSalesPersonsRetryAnswersTheCurrentVersion() {
        fixture.given(existingCar())
                .when(new CreateCar(id, customer, employee, R8, WHITE, null, null, deadline, employee, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(WriteResult.at(0));
    }

    @Test
    void createOfADeletedCarsIdIsNotFound() {
        fixture.given(existingCar(), new CarDeleted(id, 1, CREATED_AT, customer, employee, R8, WHITE, List.of(),
                        List.of(), deadline, new BigDecimal("10400.90"), null, true))
                .when(create(R8, WHITE, null, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND, "No car with id " + id))
                .expectNoEvents();
    }

    private CarCreated existingCar() {
        return new CarCreated(id, 0, CREATED_AT, customer, employee, R8, WHITE, List.of(), List.of(), deadline,
                new BigDecimal("10400.90"), null, false);
    }

    /** Records the single CarCreated the command emitted. */
    private static Matcher<List<Message<?>>> capturing(AtomicReference<CarCreated> into) {
        return payloadsMatching(exactSequenceOf(predicate(payload -> {
            if (payload instanceof CarCreated event) {
                into.set(event);
                return true;
            }
            return false;
        }), andNoMore()));
    }
}
