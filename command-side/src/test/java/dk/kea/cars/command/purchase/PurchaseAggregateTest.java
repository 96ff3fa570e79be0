package dk.kea.cars.command.purchase;

import dk.kea.cars.api.purchase.DeletePurchase;
import dk.kea.cars.api.purchase.PurchaseCreated;
import dk.kea.cars.api.purchase.PurchaseDeleted;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase ends only with its car; the deletion process may deliver the delete twice. */
class PurchaseAggregateTest {

    private static final Instant CREATED_AT = Instant.parse("2024-04-20T08:00:00Z");
    private static final Instant NOW = Instant.parse("2024-04-25T10:15:30Z");
    private static final LocalDate DATE = LocalDate.of(2024, 4, 20);

    private final UUID id = UUID.randomUUID();
    private final UUID car = UUID.randomUUID();
    private FixtureConfiguration<Purchase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Purchase.class);
    }

    @Test
    void deleteEmitsATombstoneWithTheLastState() {
        fixture.given(new PurchaseCreated(id, 0, CREATED_AT, car, DATE, false))
                .andGivenCurrentTime(NOW)
                .when(new DeletePurchase(id))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PurchaseDeleted(id, 1, NOW, car, DATE, true));
    }

    @Test
    void aSecondDeleteEmitsNothing() {
        fixture.given(new PurchaseCreated(id, 0, CREATED_AT, car, DATE, false),
                        new PurchaseDeleted(id, 1, CREATED_AT, car, DATE, true))
                .when(new DeletePurchase(id))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void deleteOfAnUnknownPurchaseFails() {
        fixture.givenNoPriorActivity()
                .when(new DeletePurchase(id))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
