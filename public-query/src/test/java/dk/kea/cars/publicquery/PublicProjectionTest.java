package dk.kea.cars.publicquery;

import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.axonframework.eventhandling.ReplayStatus.REPLAY;
import static dk.kea.cars.publicquery.PublicEvents.accessoryCreated;
import static dk.kea.cars.publicquery.PublicEvents.accessoryUpdated;
import static dk.kea.cars.publicquery.PublicEvents.brandCreated;
import static dk.kea.cars.publicquery.PublicEvents.brandUpdated;
import static dk.kea.cars.publicquery.PublicEvents.colorCreated;
import static dk.kea.cars.publicquery.PublicEvents.colorUpdated;
import static dk.kea.cars.publicquery.PublicEvents.insuranceCreated;
import static dk.kea.cars.publicquery.PublicEvents.insuranceUpdated;
import static dk.kea.cars.publicquery.PublicEvents.modelCreated;
import static dk.kea.cars.publicquery.PublicEvents.modelUpdated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.kea.cars.api.accessory.FindPublicAccessory;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.brand.FindPublicBrand;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.color.FindPublicColor;
import dk.kea.cars.api.insurance.FindPublicInsurance;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.publicquery.accessory.PublicAccessoryDocument;
import dk.kea.cars.publicquery.accessory.PublicAccessoryProjection;
import dk.kea.cars.publicquery.accessory.PublicAccessoryQueries;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import dk.kea.cars.publicquery.brand.PublicBrandProjection;
import dk.kea.cars.publicquery.brand.PublicBrandQueries;
import dk.kea.cars.publicquery.color.PublicColorProjection;
import dk.kea.cars.publicquery.color.PublicColorQueries;
import dk.kea.cars.publicquery.insurance.PublicInsuranceProjection;
import dk.kea.cars.publicquery.insurance.PublicInsuranceQueries;
import dk.kea.cars.publicquery.model.PublicModelDocument;
import dk.kea.cars.publicquery.model.PublicModelProjection;
import dk.kea.cars.publicquery.model.PublicModelQueries;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.beans.factory.annotation.Autowired;

/** Feeds events straight into the projections' handlers and reads what they stored. */
class PublicProjectionTest extends PublicQueryTestBase {

    @Autowired
    PublicBrandProjection brands;
    @Autowired
    PublicColorProjection colors;
    @Autowired
    PublicModelProjection models;
    @Autowired
    PublicAccessoryProjection accessories;
    @Autowired
    PublicInsuranceProjection insurances;
    @Autowired
    PublicBrandQueries brandQueries;
    @Autowired
    PublicColorQueries colorQueries;
    @Autowired
    PublicModelQueries modelQueries;
    @Autowired
    PublicAccessoryQueries accessoryQueries;
    @Autowired
    PublicInsuranceQueries insuranceQueries;

    private final UUID brandId = UUID.randomUUID();

    @Test
    void createStoresTheFullStateWithItsSequenceAsVersion() {
        brands.on(brandCreated(brandId, "Volvo"), REGULAR);

        assertThat(brandQueries.handle(new FindPublicBrand(brandId)))
                .isEqualTo(new BrandView(brandId, "Volvo", "https://img.example/Volvo.png", 0));
    }

    @Test
    void updateReplacesTheStateAndMovesTheVersion() {
        brands.on(brandCreated(brandId, "Volvo"), REGULAR);
        brands.on(brandUpdated(brandId, 1, "Volvo Cars"), REGULAR);

        assertThat(brandQueries.handle(new FindPublicBrand(brandId)))
                .isEqualTo(new BrandView(brandId, "Volvo Cars", "https://img.example/Volvo Cars.png", 1));
    }

    @Test
    void redeliveryOfAnAppliedSequenceChangesNothing() {
        brands.on(brandCreated(brandId, "Volvo"), REGULAR);
        brands.on(brandUpdated(brandId, 1, "Volvo Cars"), REGULAR);
        PublicBrandDocument before = document(brandId);

        brands.on(brandUpdated(brandId, 1, "Volvo Cars"), REGULAR);
        brands.on(brandUpdated(brandId, 1, "Something Else"), REGULAR);

        assertThat(document(brandId)).isEqualTo(before);
    }

    @Test
    void replayRewritesDocumentsChangedByHandFromTheirLatestEventsIncludingTheCopiesInModels() {
        UUID red = UUID.randomUUID();
        UUID model = UUID.randomUUID();
        var created = brandCreated(brandId, "Volvo");
        var latest = brandUpdated(brandId, 1, "Volvo Cars");
        var modelCreated = modelCreated(model, brandId, "XC40", red);
        brands.on(created, REGULAR);
        brands.on(latest, REGULAR);
        models.on(modelCreated, REGULAR);
        ModelView good = modelQueries.handle(new FindPublicModel(model));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(brandId.toString())),
                new Update().set("name", "Tampered"), PublicBrandDocument.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(model.toString())),
                new Update().set("name", "Tampered").set("brand.name", "Tampered"), PublicModelDocument.class);

        brands.on(created, REPLAY);
        assertThat(document(brandId).name()).as("an older event is not replayed over a newer row")
                .isEqualTo("Tampered");
        models.on(modelCreated, REPLAY);
        brands.on(latest, REPLAY);

        assertThat(document(brandId).name()).isEqualTo("Volvo Cars");
        assertThat(modelQueries.handle(new FindPublicModel(model))).isEqualTo(good);
    }

    @Test
    void olderEventArrivingLateIsIgnored() {
        brands.on(brandUpdated(brandId, 3, "Newest"), REGULAR);
        brands.on(brandUpdated(brandId, 2, "Older"), REGULAR);
        brands.on(brandCreated(brandId, "Oldest"), REGULAR);

        assertThat(document(brandId).name()).isEqualTo("Newest");
        assertThat(document(brandId).version()).isEqualTo(3);
    }

    @Test
    void brandRenameUpdatesTheCopiesEmbeddedInItsModels() {
        UUID red = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID otherBrandsModel = UUID.randomUUID();
        UUID otherBrand = UUID.randomUUID();
        brands.on(brandCreated(brandId, "Volvo"), REGULAR);
        brands.on(brandCreated(otherBrand, "Audi"), REGULAR);
        colors.on(colorCreated(red, "Red", "0.00"), REGULAR);
        models.on(modelCreated(first, brandId, "XC40", red), REGULAR);
        models.on(modelCreated(second, brandId, "XC90", red), REGULAR);
        models.on(modelCreated(otherBrandsModel, otherBrand, "A4", red), REGULAR);

        brands.on(brandUpdated(brandId, 1, "Volvo Cars"), REGULAR);

        for (UUID model : new UUID[] {first, second}) {
            ModelView view = modelQueries.handle(new FindPublicModel(model));
            assertThat(view.brand()).isEqualTo(brandQueries.handle(new FindPublicBrand(brandId)));
            assertThat(view.brand().name()).isEqualTo("Volvo Cars");
            assertThat(view.version()).as("the model itself did not change").isZero();
        }
        assertThat(modelQueries.handle(new FindPublicModel(otherBrandsModel)).brand().name()).isEqualTo("Audi");
    }

    @Test
    void colorChangeUpdatesTheCopiesEmbeddedInModelsOfferedInIt() {
        UUID red = UUID.randomUUID();
        UUID blue = UUID.randomUUID();
        UUID model = UUID.randomUUID();
        brands.on(brandCreated(brandId, "Volvo"), REGULAR);
        colors.on(colorCreated(red, "Red", "0.00"), REGULAR);
        colors.on(colorCreated(blue, "Blue", "1500.00"), REGULAR);
        models.on(modelCreated(model, brandId, "XC40", red, blue), REGULAR);

        colors.on(colorUpdated(red, 1, "Racing Red", "2500.50"), REGULAR);

        assertThat(modelQueries.handle(new FindPublicModel(model)).colors())
                .extracting(ColorView::name, ColorView::price, ColorView::version)
                .containsExactly(
                        tuple("Blue", new BigDecimal("1500.00"), 0L),
                        tuple("Racing Red", new BigDecimal("2500.50"), 1L));
    }

    @Test
    void modelSeenBeforeItsBrandAndColorGetsThemWhenTheyArrive() {
        UUID red = UUID.randomUUID();
        UUID model = UUID.randomUUID();
        models.on(modelCreated(model, brandId, "XC40", red), REGULAR);
        assertThat(modelQueries.handle(new FindPublicModel(model)).brand()).isNull();
        assertThat(modelQueries.handle(new FindPublicModel(model)).colors()).isEmpty();

        brands.on(brandCreated(brandId, "Volvo"), REGULAR);
        colors.on(colorCreated(red, "Red", "0.00"), REGULAR);

        ModelView view = modelQueries.handle(new FindPublicModel(model));
        assertThat(view.brand().name()).isEqualTo("Volvo");
        assertThat(view.colors()).extracting(ColorView::name).containsExactly("Red");
    }

    @Test
    void modelUpdateTakesTheNewBrandAndColorsAndIgnoresOlderEvents() {
        UUID otherBrand = UUID.randomUUID();
        UUID red = UUID.randomUUID();
        UUID blue = UUID.randomUUID();
        UUID model = UUID.randomUUID();
        brands.on(brandCreated(brandId, "Volvo"), REGULAR);
        brands.on(brandCreated(otherBrand, "Polestar"), REGULAR);
        colors.on(colorCreated(red, "Red", "0.00"), REGULAR);
        colors.on(colorCreated(blue, "Blue", "0.00"), REGULAR);
        models.on(modelCreated(model, brandId, "XC40", red), REGULAR);

        models.on(modelUpdated(model, 1, otherBrand, "Polestar 2", blue), REGULAR);
        models.on(modelCreated(model, brandId, "XC40", red), REGULAR);

        ModelView view = modelQueries.handle(new FindPublicModel(model));
        assertThat(view.name()).isEqualTo("Polestar 2");
        assertThat(view.price()).isEqualByComparingTo("260000.00");
        assertThat(view.brand().name()).isEqualTo("Polestar");
        assertThat(view.colors()).extracting(ColorView::name).containsExactly("Blue");
        assertThat(view.version()).isEqualTo(1);
        assertThat(mongo.findById(model.toString(), PublicModelDocument.class).brandId())
                .isEqualTo(otherBrand.toString());
    }

    @Test
    void accessoriesAndInsurancesKeepTheirPricesExactAndIgnoreOlderEvents() {
        UUID towbar = UUID.randomUUID();
        UUID theft = UUID.randomUUID();
        accessories.on(accessoryCreated(towbar, "Towbar", "0.10"), REGULAR);
        accessories.on(accessoryUpdated(towbar, 1, "Towbar", "7999.99"), REGULAR);
        accessories.on(accessoryCreated(towbar, "Towbar", "0.10"), REGULAR);
        insurances.on(insuranceCreated(theft, "Theft", "1200.00"), REGULAR);
        insurances.on(insuranceUpdated(theft, 2, "Theft Plus", "1300.10"), REGULAR);
        insurances.on(insuranceUpdated(theft, 1, "Theft Minus", "1.00"), REGULAR);

        assertThat(accessoryQueries.handle(new FindPublicAccessory(towbar)).price())
                .isEqualTo(new BigDecimal("7999.99"));
        assertThat(mongo.findById(towbar.toString(), PublicAccessoryDocument.class).version()).isEqualTo(1);
        assertThat(insuranceQueries.handle(new FindPublicInsurance(theft)))
                .isEqualTo(new InsuranceView(theft, "Theft Plus", new BigDecimal("1300.10"), 2));
    }

    @Test
    void queryHandlersAnswerNothingForUnknownIds() {
        UUID unknown = UUID.randomUUID();

        assertThat(brandQueries.handle(new FindPublicBrand(unknown))).isNull();
        assertThat(colorQueries.handle(new FindPublicColor(unknown))).isNull();
        assertThat(modelQueries.handle(new FindPublicModel(unknown))).isNull();
        assertThat(accessoryQueries.handle(new FindPublicAccessory(unknown))).isNull();
        assertThat(insuranceQueries.handle(new FindPublicInsurance(unknown))).isNull();
    }

    private PublicBrandDocument document(UUID id) {
        return mongo.findById(id.toString(), PublicBrandDocument.class);
    }
}
