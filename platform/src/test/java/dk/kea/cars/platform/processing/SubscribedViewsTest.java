package dk.kea.cars.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.Test;

class SubscribedViewsTest {

    record FindThing(String id) {
    }

    record OtherQuery(String id) {
    }

    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final AtomicInteger built = new AtomicInteger();

    @Test
    void noViewIsBuiltWithoutASubscriber() {
        SubscribedViews.emit(emitter, FindThing.class, query -> query.id().equals("a"), this::build);

        assertThat(built).hasValue(0);
    }

    @Test
    void noViewIsBuiltForSubscribersOfOtherEntitiesOrQueries() {
        subscribe(new FindThing("b"));
        subscribe(new OtherQuery("a"));

        SubscribedViews.emit(emitter, FindThing.class, query -> query.id().equals("a"), this::build);
        SubscribedViews.emit(emitter, new FindThing("a"), this::build);

        assertThat(built).hasValue(0);
    }

    @Test
    void aSubscriberOfTheEntityGetsTheViewBuiltOnce() {
        UpdateHandlerRegistration<Object> watching = subscribe(new FindThing("a"));
        UpdateHandlerRegistration<Object> alsoWatching = subscribe(new FindThing("a"));

        SubscribedViews.emit(emitter, new FindThing("a"), this::build);

        assertThat(built).hasValue(1);
        watching.complete();
        alsoWatching.complete();
        assertThat(watching.getUpdates().map(update -> update.getPayload()).collectList().block())
                .containsExactly("view 1");
        assertThat(alsoWatching.getUpdates().map(update -> update.getPayload()).collectList().block())
                .containsExactly("view 1");
    }

    @Test
    void aViewTheReadModelDoesNotHoldIsNotEmitted() {
        UpdateHandlerRegistration<Object> watching = subscribe(new FindThing("a"));

        SubscribedViews.emit(emitter, new FindThing("a"), () -> null);

        watching.complete();
        assertThat(watching.getUpdates().collectList().block()).isEmpty();
    }

    private String build() {
        return "view " + built.incrementAndGet();
    }

    private UpdateHandlerRegistration<Object> subscribe(Object query) {
        SubscriptionQueryMessage<Object, String, String> message = new GenericSubscriptionQueryMessage<>(query,
                ResponseTypes.instanceOf(String.class), ResponseTypes.instanceOf(String.class));
        return emitter.registerUpdateHandler(message, 16);
    }
}
