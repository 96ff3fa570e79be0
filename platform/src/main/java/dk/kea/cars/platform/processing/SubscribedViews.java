package dk.kea.cars.platform.processing;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Tells a subscription query's subscribers about a changed view, building the view only when one of them watches it.
 * Read models change far more often than anyone subscribes (read-your-writes subscribes for one write at a time, a
 * replay or a bulk load for none), and building a view can mean a query per table it embeds (docs/performance.md,
 * finding 4). {@link QueryUpdateEmitter#activeSubscriptions()} holds the subscriptions of this instance, which is
 * where Axon Server delivers a subscription to the instance answering it.
 */
public final class SubscribedViews {

    private SubscribedViews() {
    }

    /**
     * Emits {@code view} to the subscriptions to a {@code queryType} query that {@code filter} accepts; a view of
     * {@code null} (the read model does not hold it) is not emitted.
     */
    public static <Q> void emit(QueryUpdateEmitter emitter, Class<Q> queryType, Predicate<? super Q> filter,
                                Supplier<?> view) {
        Predicate<Object> watches = payload -> queryType.isInstance(payload) && filter.test(queryType.cast(payload));
        if (emitter.activeSubscriptions().stream().anyMatch(subscription -> watches.test(subscription.getPayload()))) {
            Object built = view.get();
            if (built != null) {
                emitter.emit(subscription -> watches.test(subscription.getPayload()), built);
            }
        }
    }

    /** Emits {@code view} to the subscriptions whose query equals {@code query}. */
    public static void emit(QueryUpdateEmitter emitter, Object query, Supplier<?> view) {
        @SuppressWarnings("unchecked")
        Class<Object> queryType = (Class<Object>) query.getClass();
        emit(emitter, queryType, query::equals, view);
    }
}
