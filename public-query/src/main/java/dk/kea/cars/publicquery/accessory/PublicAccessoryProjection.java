package dk.kea.cars.publicquery.accessory;

import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.FindPublicAccessory;
import dk.kea.cars.platform.processing.VersionGate;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_accessories} in step with the Accessory events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicAccessoryProjection {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter emitter;

    public PublicAccessoryProjection(MongoTemplate mongo, QueryUpdateEmitter emitter) {
        this.mongo = mongo;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(AccessoryEvent event, ReplayStatus status) {
        PublicAccessoryDocument current = mongo.findById(event.id().toString(), PublicAccessoryDocument.class);
        if (current != null && !VersionGate.admits(event.sequence(), current.version(), status)) {
            return;
        }
        PublicAccessoryDocument accessory = mongo.save(PublicAccessoryDocument.from(event));
        emitter.emit(FindPublicAccessory.class, query -> query.id().equals(event.id()), accessory.toView());
    }
}
