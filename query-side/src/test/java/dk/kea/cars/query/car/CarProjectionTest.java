package dk.kea.cars.query.car;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.accessory.AccessoryUpdated;
import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.car.FindCar;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.query.support.BackOffice;
import dk.kea.cars.query.support.ProjectionFeed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
@Import(ProjectionFeed.class)
class CarProjectionTest {

    @Autowired
    CarProjection projection;
    @Autowired
    ProjectionFeed feed;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    JdbcTemplate jdbc;

    private final BackOffice office = new BackOffice();
    private final UUID id = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID employee = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private CarEvent created;

    @BeforeEach
    void backOffice() {
        feed.feed(office.catalog());
        feed.feed(BackOffice.employee(employee, 0, Role.SALES_PERSON, false), office.customer(customer, 0, "kim"));
        created = office.car(id, customer, employee);
    }

    @Test
    void theViewEmbedsEverythingItRefersToInTheCarsOrder() {
        feed.feed(created);

        CarView view = projection.handle(new FindCar(id));
        assertThat(view.totalPrice()).isEqualByComparingTo(BackOffice.TOTAL_PRICE);
        assertThat(view.purchaseDeadline()).isEqualTo(created.purchaseDeadline());
        assertThat(view.purchased()).isFalse();
        assertThat(view.deleted()).isFalse();
        assertThat(view.version()).isZero();
        assertThat(view.customer().id()).isEqualTo(customer);
        assertThat(view.employee().id()).isEqualTo(employee);
        assertThat(view.model().brand().name()).isEqualTo("Audi");
        assertThat(view.model().colors()).extracting(ColorView::name).containsExactly("Blue", "Red");
        assertThat(view.color().name()).isEqualTo("Red");
        assertThat(view.accessories()).extracting(AccessoryView::name).containsExactly("Towbar", "Alarm");
        assertThat(view.insurances()).extracting(InsuranceView::name).containsExactly("Theft Cover", "Glass Cover");
    }

    @Test
    void catalogChangesShowWhileTheTotalPriceStaysFrozen() {
        feed.feed(created);
        feed.feed(new AccessoryUpdated(office.alarm, 1, Instant.now(), "Alarm System", new BigDecimal("9999")),
                new InsuranceUpdated(office.glass, 1, Instant.now(), "Glass Plus", new BigDecimal("9999")));

        CarView view = projection.handle(new FindCar(id));
        assertThat(view.accessories()).extracting(AccessoryView::name).containsExactly("Towbar", "Alarm System");
        assertThat(view.insurances()).extracting(InsuranceView::name).containsExactly("Theft Cover", "Glass Plus");
        assertThat(view.totalPrice()).isEqualByComparingTo(BackOffice.TOTAL_PRICE);
    }

    @Test
    void aDeletedEmployeeStillShowsInTheCarMarkedDeleted() {
        feed.feed(created, BackOffice.employee(employee, 1, Role.SALES_PERSON, true));

        assertThat(projection.handle(new FindCar(id)).employee().deleted()).isTrue();
    }

    @Test
    void aPurchaseMarksTheCarPurchased() {
        feed.feed(created, BackOffice.purchased(created, 1, purchase));

        CarView view = projection.handle(new FindCar(id));
        assertThat(view.purchased()).isTrue();
        assertThat(view.version()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select purchase_id from qry_car where id = ?", String.class, id.toString()))
                .isEqualTo(purchase.toString());
    }

    @Test
    void aTombstoneKeepsTheRowAndReachesSubscribers() {
        feed.feed(created);
        try (SubscriptionQueryResult<CarView, CarView> subscription = queryGateway.subscriptionQuery(new FindCar(id),
                ResponseTypes.instanceOf(CarView.class), ResponseTypes.instanceOf(CarView.class))) {
            feed.feed(BackOffice.deleted(created, 1));

            CarView update = subscription.updates().blockFirst(Duration.ofSeconds(5));
            assertThat(update.deleted()).isTrue();
            assertThat(update.version()).isEqualTo(1);
        }
        assertThat(projection.handle(new FindCar(id)).deleted()).isTrue();
        assertThat(count("qry_car", "id")).isEqualTo(1);
    }

    @Test
    void redeliveredAndOlderEventsChangeNothing() {
        CarEvent purchased = BackOffice.purchased(created, 1, purchase);
        feed.feed(purchased, purchased, created);

        CarView view = projection.handle(new FindCar(id));
        assertThat(view.purchased()).isTrue();
        assertThat(view.version()).isEqualTo(1);
        assertThat(count("qry_car_accessory", "car_id")).isEqualTo(2);
        assertThat(count("qry_car_insurance", "car_id")).isEqualTo(2);
        assertThat(jdbc.queryForList("select accessory_id from qry_car_accessory where car_id = ? order by position",
                String.class, id.toString())).containsExactly(office.towbar.toString(), office.alarm.toString());
    }

    @Test
    void aReplayRewritesTheCarFromItsLatestEventAndKeepsItHiddenByItsCustomersDeletion() {
        CarEvent purchased = BackOffice.purchased(created, 1, purchase);
        feed.feed(created, purchased, office.deletedCustomer(customer, 1, "kim"));
        assertThat(projection.handle(new FindCar(id)).deleted()).as("hidden with its customer").isTrue();
        jdbc.update("update qry_car set total_price = 1.00 where id = ?", id.toString());

        projection.on(purchased, ReplayStatus.REGULAR);
        assertThat(projection.handle(new FindCar(id)).totalPrice()).as("live: equal ignored")
                .isEqualByComparingTo("1.00");
        feed.replay(created);
        assertThat(projection.handle(new FindCar(id)).totalPrice()).as("replaying: older ignored")
                .isEqualByComparingTo("1.00");
        feed.replay(purchased);

        CarView view = projection.handle(new FindCar(id));
        assertThat(view.totalPrice()).as("replaying: equal re-applied").isEqualByComparingTo(BackOffice.TOTAL_PRICE);
        assertThat(view.purchased()).isTrue();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.deleted()).as("still hidden by its customer's deletion").isTrue();
    }

    @Test
    void findCarAnswersNothingForAnUnknownId() throws Exception {
        assertThat(queryGateway.query(new FindCar(UUID.randomUUID()), CarView.class).get()).isNull();
        assertThat(projection.handle(new FindCar(UUID.randomUUID()))).isNull();
    }

    private int count(String table, String carColumn) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + carColumn + " = ?", Integer.class,
                id.toString());
    }
}
