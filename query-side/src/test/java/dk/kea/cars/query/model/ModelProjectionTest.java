package dk.kea.cars.query.model;

import org.axonframework.eventhandling.ReplayStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.brand.BrandUpdated;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.model.FindModel;
import dk.kea.cars.api.model.ModelCreated;
import dk.kea.cars.api.model.ModelUpdated;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.query.brand.BrandProjection;
import dk.kea.cars.query.color.ColorProjection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("store")
@SpringBootTest
@ActiveProfiles("test")
class ModelProjectionTest {

    @Autowired
    ModelProjection projection;
    @Autowired
    BrandProjection brands;
    @Autowired
    ColorProjection colors;
    @Autowired
    ModelRowRepository rows;
    @Autowired
    QueryGateway queryGateway;

    private final UUID id = UUID.randomUUID();
    private final UUID brandId = UUID.randomUUID();
    private final UUID otherBrandId = UUID.randomUUID();
    private final UUID red = UUID.randomUUID();
    private final UUID blue = UUID.randomUUID();

    @BeforeEach
    void catalog() {
        brands.on(new BrandCreated(brandId, 0, Instant.now(), "Audi", "https://img.example/audi.png"), ReplayStatus.REGULAR);
        brands.on(new BrandCreated(otherBrandId, 0, Instant.now(), "Volvo", "https://img.example/volvo.png"), ReplayStatus.REGULAR);
        colors.on(new ColorCreated(red, 0, Instant.now(), "Red", BigDecimal.ZERO, 255, 0, 0), ReplayStatus.REGULAR);
        colors.on(new ColorCreated(blue, 0, Instant.now(), "Blue", new BigDecimal("1000"), 0, 0, 255), ReplayStatus.REGULAR);
    }

    @Test
    void theViewEmbedsBrandAndColorsInTheModelsOrder() {
        projection.on(created(0, brandId, List.of(blue, red)), ReplayStatus.REGULAR);

        ModelView view = projection.handle(new FindModel(id));

        assertThat(view.name()).isEqualTo("A4");
        assertThat(view.price()).isEqualByComparingTo("300000.00");
        assertThat(view.version()).isZero();
        assertThat(view.brand()).isEqualTo(new BrandView(brandId, "Audi", "https://img.example/audi.png", 0));
        assertThat(view.colors()).extracting(ColorView::id).containsExactly(blue, red);
    }

    @Test
    void anUpdateMovesBrandAndColors() {
        projection.on(created(0, brandId, List.of(blue, red)), ReplayStatus.REGULAR);
        projection.on(new ModelUpdated(id, 1, Instant.now(), otherBrandId, "XC40", new BigDecimal("450000"),
                "https://img.example/xc40.png", List.of(red)), ReplayStatus.REGULAR);

        ModelRow row = rows.findById(id).orElseThrow();
        assertThat(row.getBrandId()).isEqualTo(otherBrandId);
        assertThat(row.getColorIds()).containsExactly(red);
        assertThat(row.getVersion()).isEqualTo(1);
        assertThat(projection.handle(new FindModel(id)).brand().name()).isEqualTo("Volvo");
    }

    @Test
    void redeliveredAndOlderEventsAreIgnored() {
        projection.on(new ModelUpdated(id, 3, Instant.now(), brandId, "A6", new BigDecimal("500000"),
                "https://img.example/a6.png", List.of(red)), ReplayStatus.REGULAR);
        projection.on(created(0, otherBrandId, List.of(blue)), ReplayStatus.REGULAR);
        projection.on(new ModelUpdated(id, 3, Instant.now(), brandId, "A6", new BigDecimal("500000"),
                "https://img.example/a6.png", List.of(red)), ReplayStatus.REGULAR);

        ModelRow row = rows.findById(id).orElseThrow();
        assertThat(row.getName()).isEqualTo("A6");
        assertThat(row.getBrandId()).isEqualTo(brandId);
        assertThat(row.getColorIds()).containsExactly(red);
        assertThat(row.getVersion()).isEqualTo(3);
    }

    @Test
    void aBrandChangeShowsInTheModelView() {
        projection.on(created(0, brandId, List.of(red)), ReplayStatus.REGULAR);
        brands.on(new BrandUpdated(brandId, 1, Instant.now(), "Audi AG", "https://img.example/audi.png"), ReplayStatus.REGULAR);

        assertThat(projection.handle(new FindModel(id)).brand().name()).isEqualTo("Audi AG");
    }

    @Test
    void subscribersGetTheViewWithBrandAndColors() {
        try (SubscriptionQueryResult<ModelView, ModelView> subscription = queryGateway.subscriptionQuery(
                new FindModel(id), ResponseTypes.instanceOf(ModelView.class), ResponseTypes.instanceOf(ModelView.class))) {
            projection.on(created(0, brandId, List.of(red, blue)), ReplayStatus.REGULAR);

            ModelView update = subscription.updates().blockFirst(Duration.ofSeconds(5));
            assertThat(update.brand().id()).isEqualTo(brandId);
            assertThat(update.colors()).extracting(ColorView::name).containsExactly("Red", "Blue");
        }
    }

    @Test
    void findModelAnswersNothingForAnUnknownId() throws Exception {
        assertThat(queryGateway.query(new FindModel(UUID.randomUUID()), ModelView.class).get()).isNull();
    }

    private ModelCreated created(long sequence, UUID brand, List<UUID> colorIds) {
        return new ModelCreated(id, sequence, Instant.now(), brand, "A4", new BigDecimal("300000"),
                "https://img.example/a4.png", colorIds);
    }
}
