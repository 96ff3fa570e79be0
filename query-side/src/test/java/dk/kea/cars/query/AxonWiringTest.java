package dk.kea.cars.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.query.insurance.InsuranceRowRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The projections run in Axon's tracking processor, with the token in the same JPA transaction as the rows. */
@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class AxonWiringTest {

    @Autowired
    EventGateway eventGateway;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    TransactionManager axonTransactionManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    InsuranceRowRepository insurances;

    @Test
    void oneTrackingProcessorNamedQuerySideWithJpaTokensInTheSpringTransaction() {
        assertThat(processing.eventProcessor("query-side", TrackingEventProcessor.class)).isPresent();
        assertThat(tokenStore).isInstanceOf(JpaTokenStore.class);
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void aPublishedEventReachesTheReadModelAndItsSubscribers() {
        UUID id = UUID.randomUUID();
        try (SubscriptionQueryResult<InsuranceView, InsuranceView> subscription = queryGateway.subscriptionQuery(
                new FindInsurance(id), ResponseTypes.instanceOf(InsuranceView.class),
                ResponseTypes.instanceOf(InsuranceView.class))) {
            InsuranceCreated event = new InsuranceCreated(id, 0, Instant.now(), "Glass Cover", new BigDecimal("250.50"));
            transactions.executeWithoutResult(status -> eventGateway.publish(event));

            InsuranceView update = subscription.updates().blockFirst(Duration.ofSeconds(15));
            assertThat(update).isEqualTo(new InsuranceView(id, "Glass Cover", new BigDecimal("250.50"), 0));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> insurances.findById(id).isPresent());
    }
}
