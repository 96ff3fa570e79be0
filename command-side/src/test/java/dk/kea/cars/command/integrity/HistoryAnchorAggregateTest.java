package dk.kea.cars.command.integrity;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.integrity.AnchorHistory;
import dk.kea.cars.api.integrity.HistoryAnchored;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dk.kea.cars.command.RejectionMatchers.rejection;
import static org.assertj.core.api.Assertions.assertThat;

/** Anchors follow each other: each starts where the last one ended, so of two equal anchors only one is stored. */
class HistoryAnchorAggregateTest {

    private static final String ID = HistoryAnchored.ANCHOR_ID;
    private static final Instant EARLIER = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T10:10:00Z");
    private static final String DIGEST = "ab".repeat(32);
    private static final String NEXT_DIGEST = "cd".repeat(32);

    private FixtureConfiguration<HistoryAnchor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HistoryAnchor.class);
    }

    @Test
    void itsTypeIsTheOneTheAnchorsNameAsStored() {
        assertThat(HistoryAnchor.class.getSimpleName()).isEqualTo(HistoryAnchored.AGGREGATE_TYPE);
    }

    @Test
    void theFirstAnchorStartsBeforeTheFirstEvent() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new AnchorHistory(ID, -1, 41, 40, DIGEST))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HistoryAnchored(ID, 41, 40, DIGEST, NOW));
    }

    @Test
    void theNextAnchorStartsWhereTheLastEnded() {
        fixture.given(new HistoryAnchored(ID, 41, 40, DIGEST, EARLIER))
                .andGivenCurrentTime(NOW)
                .when(new AnchorHistory(ID, 41, 90, 88, NEXT_DIGEST))
                .expectEvents(new HistoryAnchored(ID, 90, 88, NEXT_DIGEST, NOW));
    }

    @Test
    void anAnchorComputedFromAnOlderOneIsRefusedAsAConflict() {
        fixture.given(new HistoryAnchored(ID, 41, 40, DIGEST, EARLIER))
                .when(new AnchorHistory(ID, -1, 90, 88, NEXT_DIGEST))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(rejection(Rejection.Kind.CONFLICT, "up to position 41"))
                .expectNoEvents();
    }

    @Test
    void anAnchorMustCoverMoreAndRecordADigest() {
        fixture.given(new HistoryAnchored(ID, 41, 40, DIGEST, EARLIER))
                .when(new AnchorHistory(ID, 41, 41, 40, NEXT_DIGEST))
                .expectExceptionDetails(rejection(Rejection.Kind.RULE_VIOLATED))
                .expectNoEvents();
        fixture.given(new HistoryAnchored(ID, 41, 40, DIGEST, EARLIER))
                .when(new AnchorHistory(ID, 41, 90, 88, "not a digest"))
                .expectExceptionDetails(rejection(Rejection.Kind.RULE_VIOLATED))
                .expectNoEvents();
    }

    @Test
    void thereIsOnlyOneAnchorAggregate() {
        fixture.givenNoPriorActivity()
                .when(new AnchorHistory("another-anchor", -1, 41, 40, DIGEST))
                .expectExceptionDetails(rejection(Rejection.Kind.RULE_VIOLATED))
                .expectNoEvents();
    }
}
