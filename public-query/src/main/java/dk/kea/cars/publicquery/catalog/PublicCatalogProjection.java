package dk.kea.cars.publicquery.catalog;

import dk.kea.cars.api.common.EntityEvent;
import dk.kea.cars.platform.processing.SubscribedViews;
import dk.kea.cars.platform.processing.VersionGate;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A projection that keeps one document of the public catalog per aggregate, from that aggregate's events alone, and
 * tells the subscribers of its {@code FindPublic…} query about every document it stores (read-your-writes). A
 * subclass declares the {@code @EventHandler} for its own event type and calls {@link #store}.
 *
 * @param <D> the kind's stored document
 */
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public abstract class PublicCatalogProjection<D extends PublicCatalogDocument<?>> {

    private final MongoTemplate mongo;
    private final Class<D> documentType;
    private final Function<UUID, ?> findQuery;
    private final QueryUpdateEmitter emitter;

    /** @param findQuery the {@code FindPublic…} query of one document, by id */
    protected PublicCatalogProjection(MongoTemplate mongo, Class<D> documentType, Function<UUID, ?> findQuery,
                                      QueryUpdateEmitter emitter) {
        this.mongo = mongo;
        this.documentType = documentType;
        this.findQuery = findQuery;
        this.emitter = emitter;
    }

    /** Stores the document the event makes, unless {@code VersionGate} rules the event out. */
    protected void store(EntityEvent event, ReplayStatus status, Supplier<D> document) {
        store(event, status, document, stored -> {
        });
    }

    /**
     * Like {@link #store(EntityEvent, ReplayStatus, Supplier)}; {@code copies} updates the copies other documents
     * hold before subscribers hear of the change, so a write confirmed to its writer already shows in them.
     */
    protected void store(EntityEvent event, ReplayStatus status, Supplier<D> document, Consumer<D> copies) {
        D current = mongo.findById(event.id().toString(), documentType);
        if (current != null && !VersionGate.admits(event.sequence(), current.version(), status)) {
            return;
        }
        D stored = mongo.save(document.get());
        copies.accept(stored);
        SubscribedViews.emit(emitter, findQuery.apply(event.id()), stored::toView);
    }
}
