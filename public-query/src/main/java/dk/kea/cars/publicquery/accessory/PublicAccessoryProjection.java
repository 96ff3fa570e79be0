package dk.kea.cars.publicquery.accessory;

import dk.kea.cars.api.accessory.FindPublicAccessory;
import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import dk.kea.cars.publicquery.catalog.PublicCatalogProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_accessories} in step with the Accessory events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicAccessoryProjection extends PublicCatalogProjection<PublicAccessoryDocument> {

    public PublicAccessoryProjection(MongoTemplate mongo, QueryUpdateEmitter emitter) {
        super(mongo, PublicAccessoryDocument.class, FindPublicAccessory::new, emitter);
    }

    @EventHandler
    public void on(AccessoryEvent event, ReplayStatus status) {
        store(event, status, () -> PublicAccessoryDocument.from(event));
    }
}
