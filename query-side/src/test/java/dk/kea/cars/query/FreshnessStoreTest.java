package dk.kea.cars.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.platform.freshness.CommittedGaps;
import dk.kea.cars.platform.freshness.EventStoreHead;
import dk.kea.cars.platform.freshness.Freshness;
import dk.kea.cars.platform.freshness.ReadModelFreshness;
import dk.kea.cars.platform.freshness.SegmentTokenReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The freshness of a read model from the real JPA stores: Axon's JPA token store read without claiming a segment,
 * with the JPA store's {@code GapAwareTrackingToken} and Axon Server's {@code GlobalSequenceTrackingToken} (as a
 * JPA token store of a service on Axon Server holds them), and the gaps asked of the JPA event store.
 */
@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class FreshnessStoreTest {

    @Autowired
    List<SegmentTokenReader> readers;
    @Autowired
    CommittedGaps gaps;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventGateway events;
    @Autowired
    EventStoreHead head;
    @Autowired
    ReadModelFreshness freshness;

    @Test
    void bothKindsOfTokenAreReadFromTheJpaTokenStoreWithoutClaimingASegment() {
        String jpaStore = "probe-jpa-" + UUID.randomUUID();
        String axonServer = "probe-axon-server-" + UUID.randomUUID();
        store(jpaStore, GapAwareTrackingToken.newInstance(20, List.of(14L)), GapAwareTrackingToken.newInstance(23,
                List.of()));
        store(axonServer, new GlobalSequenceTrackingToken(41), new GlobalSequenceTrackingToken(37));

        assertThat(read(jpaStore)).containsExactlyInAnyOrder(GapAwareTrackingToken.newInstance(20, List.of(14L)),
                GapAwareTrackingToken.newInstance(23, List.of()));
        assertThat(read(axonServer)).containsExactlyInAnyOrder(new GlobalSequenceTrackingToken(41),
                new GlobalSequenceTrackingToken(37));
        List<Segment> stillFree = axonTransactions.fetchInTransaction(
                () -> tokenStore.fetchAvailableSegments(axonServer));
        assertThat(stillFree).hasSize(2);
    }

    @Test
    void aSegmentThatHasProcessedNothingYetHasNoToken() {
        String fresh = "probe-new-" + UUID.randomUUID();
        axonTransactions.executeInTransaction(() -> tokenStore.initializeTokenSegments(fresh, 2));

        assertThat(read(fresh)).hasSize(2).containsOnlyNulls();
    }

    @Test
    void theEventStoreTellsWhichGapsHoldACommittedEvent() {
        publishInsurance();
        long stored = head.now();

        assertThat(gaps.lowest(new TreeSet<>(List.of(stored, stored + 1_000)))).hasValue(stored);
        assertThat(gaps.lowest(new TreeSet<>(List.of(stored + 1_000, stored + 1_001)))).isEmpty();
    }

    @Test
    void theQuerySideReadModelCatchesUpWithTheHead() {
        publishInsurance();
        long stored = head.now();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Freshness reading = freshness.recent("query-side").orElseThrow();
            assertThat(reading.position()).isGreaterThanOrEqualTo(stored);
            assertThat(reading.lag()).isZero();
        });
    }

    private void publishInsurance() {
        transactions.executeWithoutResult(status -> events.publish(new InsuranceCreated(UUID.randomUUID(), 0,
                Instant.now(), "Probe " + UUID.randomUUID().toString().substring(0, 8), new BigDecimal("10.00"))));
    }

    private void store(String processor, TrackingToken segment0, TrackingToken segment1) {
        axonTransactions.executeInTransaction(() -> {
            tokenStore.initializeTokenSegments(processor, 2);
            tokenStore.fetchToken(processor, 0);
            tokenStore.storeToken(segment0, processor, 0);
            tokenStore.releaseClaim(processor, 0);
            tokenStore.fetchToken(processor, 1);
            tokenStore.storeToken(segment1, processor, 1);
            tokenStore.releaseClaim(processor, 1);
        });
    }

    private List<TrackingToken> read(String processor) {
        return readers.stream().map(reader -> reader.read(processor, tokenStore)).flatMap(Optional::stream)
                .findFirst().orElseThrow();
    }
}
