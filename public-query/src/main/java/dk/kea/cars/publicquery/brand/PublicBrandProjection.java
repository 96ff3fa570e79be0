package dk.kea.cars.publicquery.brand;

import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.FindPublicBrand;
import dk.kea.cars.platform.processing.VersionGate;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_brands} and the brand copies inside models in step with the Brand events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicBrandProjection {

    private final MongoTemplate mongo;
    private final PublicBrandCopies models;
    private final QueryUpdateEmitter emitter;

    public PublicBrandProjection(MongoTemplate mongo, PublicBrandCopies models, QueryUpdateEmitter emitter) {
        this.mongo = mongo;
        this.models = models;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(BrandEvent event, ReplayStatus status) {
        PublicBrandDocument current = mongo.findById(event.id().toString(), PublicBrandDocument.class);
        if (current != null && !VersionGate.admits(event.sequence(), current.version(), status)) {
            return;
        }
        PublicBrandDocument brand = mongo.save(PublicBrandDocument.from(event));
        models.brandChanged(brand);
        emitter.emit(FindPublicBrand.class, query -> query.id().equals(event.id()), brand.toView());
    }
}
