package dk.kea.cars.query.color;

import org.axonframework.eventhandling.ReplayStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.color.ColorUpdated;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.color.FindColor;
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
class ColorProjectionTest {

    @Autowired
    ColorProjection projection;
    @Autowired
    ColorRowRepository rows;
    @Autowired
    QueryGateway queryGateway;

    private final UUID id = UUID.randomUUID();

    @Test
    void createThenUpdateKeepsTheLatestFullState() {
        projection.on(new ColorCreated(id, 0, Instant.now(), "Red", BigDecimal.ZERO, 255, 0, 0), ReplayStatus.REGULAR);
        projection.on(new ColorUpdated(id, 1, Instant.now(), "Dark Red", new BigDecimal("500"), 139, 0, 0), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new ColorView(id, "Dark Red", new BigDecimal("500.00"), 139, 0, 0, 1));
    }

    @Test
    void redeliveredAndOlderEventsAreIgnored() {
        projection.on(new ColorUpdated(id, 4, Instant.now(), "Blue", new BigDecimal("10"), 0, 0, 255), ReplayStatus.REGULAR);
        projection.on(new ColorUpdated(id, 4, Instant.now(), "Blue", new BigDecimal("10"), 0, 0, 255), ReplayStatus.REGULAR);
        projection.on(new ColorCreated(id, 0, Instant.now(), "Old", BigDecimal.ONE, 1, 1, 1), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new ColorView(id, "Blue", new BigDecimal("10.00"), 0, 0, 255, 4));
    }

    @Test
    void findColorAnswersTheViewOrNothing() throws Exception {
        projection.on(new ColorCreated(id, 0, Instant.now(), "White", BigDecimal.ZERO, 255, 255, 255), ReplayStatus.REGULAR);

        assertThat(queryGateway.query(new FindColor(id), ColorView.class).get().name()).isEqualTo("White");
        assertThat(queryGateway.query(new FindColor(UUID.randomUUID()), ColorView.class).get()).isNull();
    }
}
