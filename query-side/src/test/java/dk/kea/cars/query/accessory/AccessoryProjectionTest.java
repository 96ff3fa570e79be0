package dk.kea.cars.query.accessory;

import org.axonframework.eventhandling.ReplayStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.accessory.AccessoryCreated;
import dk.kea.cars.api.accessory.AccessoryUpdated;
import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.api.accessory.FindAccessory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class AccessoryProjectionTest {

    @Autowired
    AccessoryProjection projection;
    @Autowired
    AccessoryRowRepository rows;
    @Autowired
    QueryGateway queryGateway;

    private final UUID id = UUID.randomUUID();

    @Test
    void createThenUpdateKeepsTheLatestFullState() {
        projection.on(new AccessoryCreated(id, 0, Instant.now(), "Tow Hitch", new BigDecimal("4999.5")), ReplayStatus.REGULAR);
        projection.on(new AccessoryUpdated(id, 1, Instant.now(), "Tow Bar", new BigDecimal("5100")), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new AccessoryView(id, "Tow Bar", new BigDecimal("5100.00"), 1));
    }

    @Test
    void redeliveredAndOlderEventsAreIgnored() {
        projection.on(new AccessoryCreated(id, 0, Instant.now(), "Tow Hitch", new BigDecimal("10")), ReplayStatus.REGULAR);
        projection.on(new AccessoryUpdated(id, 2, Instant.now(), "Roof Box", new BigDecimal("20")), ReplayStatus.REGULAR);
        projection.on(new AccessoryUpdated(id, 1, Instant.now(), "Stale", new BigDecimal("30")), ReplayStatus.REGULAR);
        projection.on(new AccessoryUpdated(id, 2, Instant.now(), "Roof Box", new BigDecimal("20")), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new AccessoryView(id, "Roof Box", new BigDecimal("20.00"), 2));
    }

    @Test
    void findAccessoryAnswersTheViewOrNothing() throws Exception {
        projection.on(new AccessoryCreated(id, 0, Instant.now(), "Winter Tires", new BigDecimal("8000")), ReplayStatus.REGULAR);

        assertThat(queryGateway.query(new FindAccessory(id), AccessoryView.class).get())
                .isEqualTo(new AccessoryView(id, "Winter Tires", new BigDecimal("8000.00"), 0));
        assertThat(queryGateway.query(new FindAccessory(UUID.randomUUID()), AccessoryView.class).get()).isNull();
    }
}
