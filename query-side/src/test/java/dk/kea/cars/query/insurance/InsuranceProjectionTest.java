package dk.kea.cars.query.insurance;

import org.axonframework.eventhandling.ReplayStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.insurance.InsuranceView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class InsuranceProjectionTest {

    @Autowired
    InsuranceProjection projection;
    @Autowired
    InsuranceRowRepository rows;
    @Autowired
    QueryGateway queryGateway;

    private final UUID id = UUID.randomUUID();

    @Test
    void createStoresTheFullState() {
        projection.on(created(0, "Full Coverage", "1500"), ReplayStatus.REGULAR);

        InsuranceRow row = rows.findById(id).orElseThrow();
        assertThat(row.getName()).isEqualTo("Full Coverage");
        assertThat(row.getPrice()).isEqualByComparingTo("1500.00");
        assertThat(row.getPrice().scale()).isEqualTo(2);
        assertThat(row.getVersion()).isZero();
    }

    @Test
    void updateReplacesTheStateAndVersion() {
        projection.on(created(0, "Full Coverage", "1500"), ReplayStatus.REGULAR);
        projection.on(updated(1, "Basic Coverage", "99.95"), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new InsuranceView(id, "Basic Coverage", new BigDecimal("99.95"), 1));
    }

    @Test
    void redeliveryOfTheSameEventChangesNothing() {
        projection.on(created(0, "Full Coverage", "1500"), ReplayStatus.REGULAR);
        projection.on(updated(1, "Basic Coverage", "99.95"), ReplayStatus.REGULAR);
        projection.on(updated(1, "Basic Coverage", "99.95"), ReplayStatus.REGULAR);
        projection.on(created(0, "Full Coverage", "1500"), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new InsuranceView(id, "Basic Coverage", new BigDecimal("99.95"), 1));
    }

    @Test
    void anOlderEventAfterANewerOneIsIgnored() {
        projection.on(updated(5, "Newest Name", "300"), ReplayStatus.REGULAR);
        projection.on(updated(3, "Older Name", "200"), ReplayStatus.REGULAR);

        InsuranceRow row = rows.findById(id).orElseThrow();
        assertThat(row.getName()).isEqualTo("Newest Name");
        assertThat(row.getVersion()).isEqualTo(5);
    }

    @Test
    void appliedEventsAreEmittedToSubscribersButIgnoredOnesAreNot() {
        projection.on(created(0, "Full Coverage", "1500"), ReplayStatus.REGULAR);
        try (SubscriptionQueryResult<InsuranceView, InsuranceView> subscription = subscribe()) {
            projection.on(created(0, "Full Coverage", "1500"), ReplayStatus.REGULAR);
            projection.on(updated(1, "Basic Coverage", "99.95"), ReplayStatus.REGULAR);

            InsuranceView first = subscription.updates().blockFirst(Duration.ofSeconds(5));
            assertThat(first).isEqualTo(new InsuranceView(id, "Basic Coverage", new BigDecimal("99.95"), 1));
        }
    }

    @Test
    void findInsuranceAnswersTheViewOrNothing() throws Exception {
        projection.on(created(0, "Full Coverage", "1500"), ReplayStatus.REGULAR);

        InsuranceView found = queryGateway.query(new FindInsurance(id), InsuranceView.class).get();
        InsuranceView missing = queryGateway.query(new FindInsurance(UUID.randomUUID()), InsuranceView.class).get();

        assertThat(found).isEqualTo(new InsuranceView(id, "Full Coverage", new BigDecimal("1500.00"), 0));
        assertThat(missing).isNull();
        assertThat(projection.handle(new FindInsurance(UUID.randomUUID()))).isNull();
    }

    private SubscriptionQueryResult<InsuranceView, InsuranceView> subscribe() {
        return queryGateway.subscriptionQuery(new FindInsurance(id),
                ResponseTypes.instanceOf(InsuranceView.class), ResponseTypes.instanceOf(InsuranceView.class));
    }

    private InsuranceCreated created(long sequence, String name, String price) {
        return new InsuranceCreated(id, sequence, Instant.now(), name, new BigDecimal(price));
    }

    private InsuranceUpdated updated(long sequence, String name, String price) {
        return new InsuranceUpdated(id, sequence, Instant.now(), name, new BigDecimal(price));
    }
}
