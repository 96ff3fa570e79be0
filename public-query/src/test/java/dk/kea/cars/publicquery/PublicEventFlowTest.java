package dk.kea.cars.publicquery;

import static com.mongodb.client.model.Filters.eq;
import static dk.kea.cars.publicquery.PublicEvents.brandCreated;
import static dk.kea.cars.publicquery.PublicEvents.brandUpdated;
import static dk.kea.cars.publicquery.PublicEvents.colorCreated;
import static dk.kea.cars.publicquery.PublicEvents.modelCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.brand.FindPublicBrand;
import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Events travel through Axon's event store and the public-query tracking processor, as in production. */
class PublicEventFlowTest extends PublicQueryTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    EventGateway events;
    @Autowired
    QueryGateway queries;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @Test
    void subscriberOfABrandSeesItOnceStored() {
        UUID id = UUID.randomUUID();
        SubscriptionQueryResult<BrandView, BrandView> subscription = queries.subscriptionQuery(
                new FindPublicBrand(id), ResponseTypes.instanceOf(BrandView.class),
                ResponseTypes.instanceOf(BrandView.class));
        try {
            assertThat(subscription.initialResult().block(WAIT)).isNull();

            events.publish(brandCreated(id, "Volvo"));

            assertThat(subscription.updates().blockFirst(WAIT))
                    .isEqualTo(new BrandView(id, "Volvo", "https://img.example/Volvo.png", 0));
            assertThat(queries.query(new FindPublicBrand(id), BrandView.class).join().name()).isEqualTo("Volvo");
        } finally {
            subscription.close();
        }
    }

    @Test
    void brandRenamedAfterItsModelReachesTheEmbeddedCopy() {
        UUID brand = UUID.randomUUID();
        UUID red = UUID.randomUUID();
        UUID model = UUID.randomUUID();

        events.publish(brandCreated(brand, "Volvo"), colorCreated(red, "Red", "0.00"),
                modelCreated(model, brand, "XC40", red), brandUpdated(brand, 1, "Volvo Cars"));

        await().atMost(WAIT).untilAsserted(() -> {
            ModelView view = queries.query(new FindPublicModel(model), ModelView.class).join();
            assertThat(view).isNotNull();
            assertThat(view.brand().name()).isEqualTo("Volvo Cars");
            assertThat(view.colors()).hasSize(1);
        });
    }

    /** The REST layer hides the version; Axon's Jackson serializer, used between services, must keep it. */
    @Test
    void viewsTravelBetweenServicesWithTheirVersion() {
        UUID brand = UUID.randomUUID();
        ModelView view = new ModelView(UUID.randomUUID(), "XC40", new BigDecimal("250000.00"), "https://img.example/x",
                new BrandView(brand, "Volvo", "https://img.example/v", 3),
                List.of(new ColorView(UUID.randomUUID(), "Red", new BigDecimal("0.00"), 1, 2, 3, 4)), 7);

        SerializedObject<String> wire = messageSerializer.serialize(view, String.class);

        assertThat(wire.getData()).contains("\"version\":7");
        assertThat(messageSerializer.<String, ModelView>deserialize(wire)).isEqualTo(view);
    }

    @Test
    void processorKeepsItsTokenInMongo() {
        events.publish(brandCreated(UUID.randomUUID(), "Saab"));

        await().atMost(WAIT).untilAsserted(() -> {
            Document token = mongo.getCollection("public_tracking_tokens")
                    .find(eq("processorName", "public-query")).first();
            assertThat(token).isNotNull();
            assertThat(token.get("token")).isNotNull();
        });
    }
}
