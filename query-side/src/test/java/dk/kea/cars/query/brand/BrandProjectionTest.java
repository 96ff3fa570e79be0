package dk.kea.cars.query.brand;

import org.axonframework.eventhandling.ReplayStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.brand.BrandUpdated;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.brand.FindBrand;
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
class BrandProjectionTest {

    @Autowired
    BrandProjection projection;
    @Autowired
    BrandRowRepository rows;
    @Autowired
    QueryGateway queryGateway;

    private final UUID id = UUID.randomUUID();

    @Test
    void createThenUpdateKeepsTheLatestFullState() {
        projection.on(new BrandCreated(id, 0, Instant.now(), "Audi", "https://img.example/audi.png"), ReplayStatus.REGULAR);
        projection.on(new BrandUpdated(id, 1, Instant.now(), "Audi AG", "https://img.example/audi2.png"), ReplayStatus.REGULAR);

        assertThat(rows.findById(id).orElseThrow().toView())
                .isEqualTo(new BrandView(id, "Audi AG", "https://img.example/audi2.png", 1));
    }

    @Test
    void redeliveredAndOlderEventsAreIgnored() {
        projection.on(new BrandCreated(id, 0, Instant.now(), "Audi", "https://img.example/audi.png"), ReplayStatus.REGULAR);
        projection.on(new BrandUpdated(id, 2, Instant.now(), "Audi AG", "https://img.example/audi2.png"), ReplayStatus.REGULAR);
        projection.on(new BrandUpdated(id, 2, Instant.now(), "Audi AG", "https://img.example/audi2.png"), ReplayStatus.REGULAR);
        projection.on(new BrandUpdated(id, 1, Instant.now(), "Stale", "https://img.example/stale.png"), ReplayStatus.REGULAR);

        BrandRow row = rows.findById(id).orElseThrow();
        assertThat(row.getName()).isEqualTo("Audi AG");
        assertThat(row.getVersion()).isEqualTo(2);
    }

    @Test
    void findBrandAnswersTheViewOrNothing() throws Exception {
        projection.on(new BrandCreated(id, 0, Instant.now(), "Volvo", "https://img.example/volvo.png"), ReplayStatus.REGULAR);

        assertThat(queryGateway.query(new FindBrand(id), BrandView.class).get())
                .isEqualTo(new BrandView(id, "Volvo", "https://img.example/volvo.png", 0));
        assertThat(queryGateway.query(new FindBrand(UUID.randomUUID()), BrandView.class).get()).isNull();
    }
}
