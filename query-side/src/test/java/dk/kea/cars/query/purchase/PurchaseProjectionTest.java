package dk.kea.cars.query.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.purchase.FindPurchase;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.purchase.PurchaseView;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.query.support.BackOffice;
import dk.kea.cars.query.support.ProjectionFeed;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
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
import org.springframework.transaction.support.TransactionTemplate;

@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
@Import(ProjectionFeed.class)
class PurchaseProjectionTest {

    @Autowired
    PurchaseProjection projection;
    @Autowired
    ProjectionFeed feed;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventGateway eventGateway;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final BackOffice office = new BackOffice();
    private final UUID id = UUID.randomUUID();
    private final UUID car = UUID.randomUUID();
    private final UUID employee = UUID.randomUUID();
    private final PurchaseEvent created = BackOffice.purchase(id, car, Rules.today());
    private CarEvent carCreated;

    @BeforeEach
    void backOffice() {
        UUID customer = UUID.randomUUID();
        feed.feed(office.catalog());
        feed.feed(BackOffice.employee(employee, 0, Role.SALES_PERSON, false), office.customer(customer, 0, "kim"));
        carCreated = office.car(car, customer, employee);
    }

    @Test
    void thePurchaseEmbedsItsBoughtCar() {
        feed.feed(carCreated, BackOffice.purchased(carCreated, 1, id), created);

        PurchaseView view = projection.handle(new FindPurchase(id));
        assertThat(view.dateOfPurchase()).isEqualTo(Rules.today());
        assertThat(view.version()).isZero();
        assertThat(view.deleted()).isFalse();
        assertThat(view.car().id()).isEqualTo(car);
        assertThat(view.car().purchased()).isTrue();
        assertThat(view.car().employee().id()).isEqualTo(employee);
    }

    @Test
    void aTombstoneKeepsTheRowAndReachesSubscribers() {
        feed.feed(carCreated, BackOffice.purchased(carCreated, 1, id), created);
        try (SubscriptionQueryResult<PurchaseView, PurchaseView> subscription = subscribe()) {
            feed.feed(BackOffice.deletedPurchase(created, 1));

            PurchaseView update = subscription.updates().blockFirst(Duration.ofSeconds(5));
            assertThat(update.deleted()).isTrue();
            assertThat(update.version()).isEqualTo(1);
        }
        assertThat(projection.handle(new FindPurchase(id)).deleted()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from qry_purchase where id = ?", Integer.class,
                id.toString())).isEqualTo(1);
    }

    @Test
    void redeliveredAndOlderEventsChangeNothing() {
        PurchaseEvent tombstone = BackOffice.deletedPurchase(created, 1);
        feed.feed(carCreated, tombstone, tombstone, created);

        PurchaseView view = projection.handle(new FindPurchase(id));
        assertThat(view.deleted()).isTrue();
        assertThat(view.version()).isEqualTo(1);
    }

    /** In the processor the purchase may come before its car's change; the car's change re-emits the purchase. */
    @Test
    void subscribersSeeThePurchaseWithItsCarBoughtWhateverTheOrderOfTheEvents() {
        feed.feed(carCreated);
        try (SubscriptionQueryResult<PurchaseView, PurchaseView> subscription = subscribe()) {
            transactions.executeWithoutResult(status ->
                    eventGateway.publish(created, BackOffice.purchased(carCreated, 1, id)));

            PurchaseView update = subscription.updates().filter(view -> view.car().purchased())
                    .blockFirst(Duration.ofSeconds(15));
            assertThat(update.id()).isEqualTo(id);
            assertThat(update.car().version()).isEqualTo(1);
        }
    }

    @Test
    void findPurchaseAnswersNothingForAnUnknownId() throws Exception {
        assertThat(queryGateway.query(new FindPurchase(UUID.randomUUID()), PurchaseView.class).get()).isNull();
    }

    private SubscriptionQueryResult<PurchaseView, PurchaseView> subscribe() {
        return queryGateway.subscriptionQuery(new FindPurchase(id), ResponseTypes.instanceOf(PurchaseView.class),
                ResponseTypes.instanceOf(PurchaseView.class));
    }
}
