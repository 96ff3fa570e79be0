package dk.kea.cars.query.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.car.FindCar;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.purchase.FindPurchase;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.query.car.CarProjection;
import dk.kea.cars.query.purchase.PurchaseProjection;
import dk.kea.cars.query.support.BackOffice;
import dk.kea.cars.query.support.ProjectionFeed;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Spec §6.5 in the read model: what a customer's or a car's deletion hides, live and during a replay. */
@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
@Import(ProjectionFeed.class)
class DeletionCascadeProjectionTest {

    @Autowired
    ProjectionFeed feed;
    @Autowired
    CarProjection cars;
    @Autowired
    PurchaseProjection purchases;

    private final BackOffice office = new BackOffice();
    private final UUID customer = UUID.randomUUID();
    private final UUID employee = UUID.randomUUID();
    private final UUID car = UUID.randomUUID();
    private final UUID purchase = UUID.randomUUID();
    private CarEvent created;
    private CarEvent purchased;
    private PurchaseEvent bought;

    @BeforeEach
    void aBoughtCar() {
        feed.feed(office.catalog());
        feed.feed(BackOffice.employee(employee, 0, Role.SALES_PERSON, false), office.customer(customer, 0, "kim"));
        created = office.car(car, customer, employee);
        purchased = BackOffice.purchased(created, 1, purchase);
        bought = BackOffice.purchase(purchase, car, Rules.today());
        feed.feed(created, purchased, bought);
    }

    @Test
    void aCustomersDeletionHidesItsCarsAndTheirPurchasesAtOnce() {
        feed.feed(office.deletedCustomer(customer, 1, "kim"));

        assertThat(cars.handle(new FindCar(car)).deleted()).isTrue();
        assertThat(cars.handle(new FindCar(car)).version()).as("no event of its own yet").isEqualTo(1);
        assertThat(purchases.handle(new FindPurchase(purchase)).deleted()).isTrue();
    }

    @Test
    void aCarsDeletionHidesItsPurchase() {
        feed.feed(BackOffice.deleted(purchased, 2));

        assertThat(purchases.handle(new FindPurchase(purchase)).deleted()).isTrue();
        assertThat(purchases.handle(new FindPurchase(purchase)).version()).as("no event of its own yet").isZero();
    }

    @Test
    void aReplayOfTheirLatestEventsKeepsACustomersCarAndPurchaseHidden() {
        feed.feed(office.deletedCustomer(customer, 1, "kim"));

        feed.replay(created, bought, purchased);

        assertThat(cars.handle(new FindCar(car)).deleted()).isTrue();
        assertThat(purchases.handle(new FindPurchase(purchase)).deleted()).isTrue();
        assertThat(purchases.handle(new FindPurchase(purchase)).car().totalPrice())
                .as("the replay did rewrite the car").isEqualByComparingTo(BackOffice.TOTAL_PRICE);
    }

    @Test
    void aReplayKeepsADeletedCarsPurchaseHidden() {
        feed.feed(BackOffice.deleted(purchased, 2));

        feed.replay(created, bought, purchased);

        assertThat(purchases.handle(new FindPurchase(purchase)).deleted()).isTrue();
    }

    @Test
    void aReplayLeavesTheCarsOfALiveCustomerVisible() {
        feed.replay(created, purchased, bought);

        assertThat(cars.handle(new FindCar(car)).deleted()).isFalse();
        assertThat(purchases.handle(new FindPurchase(purchase)).deleted()).isFalse();
    }
}
