package dk.kea.cars.query.customer;

import org.axonframework.eventhandling.ReplayStatus;
import static dk.kea.cars.api.personaldata.PersonalDataMarks.ERASED;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.customer.CustomerErased;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.platform.personaldata.PersonalDataErasure;
import dk.kea.cars.query.support.TestPersonalDataKeys;
import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.customer.FindCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class CustomerProjectionTest {

    @Autowired
    CustomerProjection projection;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataErasure erasure;

    private final UUID id = UUID.randomUUID();

    @Test
    void createStoresTheFullStateWithALowerCasedEmailForTheFilter() {
        projection.on(created(), ReplayStatus.REGULAR);

        assertThat(projection.handle(new FindCustomer(id))).isEqualTo(new CustomerView(id, "Kim.Larsen@kea.dk",
                "+4512345678", "Kim", "Larsen", "Vej 1, 2200 Kbh", false, 0));
        assertThat(jdbc.queryForObject("select email_lower from qry_customer where id = ?", String.class,
                id.toString())).isEqualTo("kim.larsen@kea.dk");
    }

    @Test
    void anUpdateReplacesEveryFieldAndClearsTheOptionalOnes() {
        projection.on(created(), ReplayStatus.REGULAR);
        projection.on(new CustomerUpdated(id, 1, Instant.now(), seal("kim@kea.dk"), null, seal("Kim"),
                seal("Hansen"), null, false), ReplayStatus.REGULAR);

        assertThat(projection.handle(new FindCustomer(id)))
                .isEqualTo(new CustomerView(id, "kim@kea.dk", null, "Kim", "Hansen", null, false, 1));
    }

    @Test
    void aTombstoneKeepsTheRowMarkedDeleted() {
        projection.on(created(), ReplayStatus.REGULAR);
        projection.on(deleted(1), ReplayStatus.REGULAR);

        CustomerView view = projection.handle(new FindCustomer(id));
        assertThat(view.deleted()).isTrue();
        assertThat(view.version()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from qry_customer where id = ?", Integer.class,
                id.toString())).isEqualTo(1);
    }

    @Test
    void redeliveryAndOlderEventsChangeNothing() {
        projection.on(created(), ReplayStatus.REGULAR);
        projection.on(deleted(2), ReplayStatus.REGULAR);
        projection.on(deleted(2), ReplayStatus.REGULAR);
        projection.on(new CustomerUpdated(id, 1, Instant.now(), seal("old@kea.dk"), null, seal("Old"),
                seal("Name"), null, false), ReplayStatus.REGULAR);
        projection.on(created(), ReplayStatus.REGULAR);

        assertThat(projection.handle(new FindCustomer(id)))
                .isEqualTo(new CustomerView(id, "Kim.Larsen@kea.dk", null, "Kim", "Larsen", null, true, 2));
    }

    @Test
    void aReplayReappliesTheEventOfTheStoredVersionAndIgnoresOlderOnesWhileLiveIgnoresItToo() {
        CustomerUpdated latest = new CustomerUpdated(id, 1, Instant.now(), seal("kim@kea.dk"), null, seal("Kim"),
                seal("Hansen"), null, false);
        CustomerView expected = new CustomerView(id, "kim@kea.dk", null, "Kim", "Hansen", null, false, 1);
        projection.on(created(), ReplayStatus.REGULAR);
        projection.on(latest, ReplayStatus.REGULAR);
        jdbc.update("update qry_customer set email = 'corrupt@kea.dk', email_lower = 'corrupt@kea.dk' where id = ?",
                id.toString());
        CustomerView corrupted = new CustomerView(id, "corrupt@kea.dk", null, "Kim", "Hansen", null, false, 1);

        projection.on(latest, ReplayStatus.REGULAR);
        assertThat(projection.handle(new FindCustomer(id))).as("live: the equal sequence is ignored")
                .isEqualTo(corrupted);

        projection.on(created(), ReplayStatus.REPLAY);
        assertThat(projection.handle(new FindCustomer(id))).as("replaying: an older sequence is ignored")
                .isEqualTo(corrupted);

        projection.on(latest, ReplayStatus.REPLAY);
        assertThat(projection.handle(new FindCustomer(id))).as("replaying: the equal sequence is re-applied")
                .isEqualTo(expected);
        assertThat(jdbc.queryForObject("select email_lower from qry_customer where id = ?", String.class,
                id.toString())).isEqualTo("kim@kea.dk");
    }

    @Test
    void aReplayRecreatesAMissingRowFromItsEvents() {
        projection.on(created(), ReplayStatus.REGULAR);
        projection.on(deleted(1), ReplayStatus.REGULAR);
        jdbc.update("delete from qry_customer where id = ?", id.toString());

        projection.on(created(), ReplayStatus.REPLAY);
        projection.on(deleted(1), ReplayStatus.REPLAY);

        assertThat(projection.handle(new FindCustomer(id))).isEqualTo(
                new CustomerView(id, "Kim.Larsen@kea.dk", null, "Kim", "Larsen", null, true, 1));
    }

    @Test
    void subscribersGetTheTombstoneTheCommandSideWaitsFor() {
        projection.on(created(), ReplayStatus.REGULAR);
        try (SubscriptionQueryResult<CustomerView, CustomerView> subscription = queryGateway.subscriptionQuery(
                new FindCustomer(id), ResponseTypes.instanceOf(CustomerView.class),
                ResponseTypes.instanceOf(CustomerView.class))) {
            projection.on(deleted(1), ReplayStatus.REGULAR);

            CustomerView update = subscription.updates().blockFirst(Duration.ofSeconds(5));
            assertThat(update.deleted()).isTrue();
            assertThat(update.version()).isEqualTo(1);
        }
    }

    @Test
    void anErasureOverwritesEveryPersonalFieldWithTheMarkAndNoReplayBringsThemBack() {
        projection.on(created(), ReplayStatus.REGULAR);
        projection.on(deleted(1), ReplayStatus.REGULAR);
        TestPersonalDataKeys.erase(id);
        assertThat(erasure.forgetEverywhere(id)).as("the instances that dropped their copy of the key").isNotEmpty();

        projection.on(new CustomerErased(id, 2, Instant.now()), ReplayStatus.REGULAR);
        assertThat(projection.handle(new FindCustomer(id))).isEqualTo(erasedView(2));

        projection.on(created(), ReplayStatus.REPLAY);
        projection.on(deleted(1), ReplayStatus.REPLAY);
        projection.on(new CustomerErased(id, 2, Instant.now()), ReplayStatus.REPLAY);
        assertThat(projection.handle(new FindCustomer(id))).as("replayed in place").isEqualTo(erasedView(2));

        jdbc.update("delete from qry_customer where id = ?", id.toString());
        projection.on(created(), ReplayStatus.REPLAY);
        assertThat(projection.handle(new FindCustomer(id))).as("rebuilt from the first event: the key is gone")
                .isEqualTo(new CustomerView(id, ERASED, ERASED, ERASED, ERASED, ERASED, false, 0));
        projection.on(deleted(1), ReplayStatus.REPLAY);
        projection.on(new CustomerErased(id, 2, Instant.now()), ReplayStatus.REPLAY);
        assertThat(projection.handle(new FindCustomer(id))).isEqualTo(erasedView(2));
        assertThat(jdbc.queryForObject("select email_lower from qry_customer where id = ?", String.class,
                id.toString())).isEqualTo(ERASED);
    }

    @Test
    void aCustomerStoredBeforeEncryptionShowsItsTextUntilItIsErased() {
        CustomerCreated legacy = new CustomerCreated(id, 0, Instant.now(), SealedText.legacy("Kim.Larsen@kea.dk"),
                null, SealedText.legacy("Kim"), SealedText.legacy("Larsen"), null, false);

        projection.on(legacy, ReplayStatus.REGULAR);
        assertThat(projection.handle(new FindCustomer(id)))
                .isEqualTo(new CustomerView(id, "Kim.Larsen@kea.dk", null, "Kim", "Larsen", null, false, 0));

        TestPersonalDataKeys.erase(id);
        erasure.forgetEverywhere(id);
        projection.on(legacy, ReplayStatus.REPLAY);
        assertThat(projection.handle(new FindCustomer(id)))
                .isEqualTo(new CustomerView(id, ERASED, null, ERASED, ERASED, null, false, 0));
    }

    private CustomerView erasedView(long version) {
        return new CustomerView(id, ERASED, ERASED, ERASED, ERASED, ERASED, true, version);
    }

    @Test
    void findCustomerAnswersNothingForAnUnknownId() throws Exception {
        assertThat(queryGateway.query(new FindCustomer(UUID.randomUUID()), CustomerView.class).get()).isNull();
    }

    private CustomerCreated created() {
        return new CustomerCreated(id, 0, Instant.now(), seal("Kim.Larsen@kea.dk"), seal("+4512345678"), seal("Kim"),
                seal("Larsen"), seal("Vej 1, 2200 Kbh"), false);
    }

    private CustomerDeleted deleted(long sequence) {
        return new CustomerDeleted(id, sequence, Instant.now(), seal("Kim.Larsen@kea.dk"), null, seal("Kim"),
                seal("Larsen"), null, true);
    }

    private SealedText seal(String text) {
        return TestPersonalDataKeys.seal(id, text);
    }
}
