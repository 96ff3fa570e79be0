package dk.kea.cars.publicquery.brand;

import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.FindPublicBrand;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import dk.kea.cars.publicquery.catalog.PublicCatalogProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_brands} and the brand copies inside models in step with the Brand events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicBrandProjection extends PublicCatalogProjection<PublicBrandDocument> {

    private final PublicBrandCopies models;

    public PublicBrandProjection(MongoTemplate mongo, PublicBrandCopies models, QueryUpdateEmitter emitter) {
        super(mongo, PublicBrandDocument.class, FindPublicBrand::new, emitter);
        this.models = models;
    }

    @EventHandler
    public void on(BrandEvent event, ReplayStatus status) {
        store(event, status, () -> PublicBrandDocument.from(event), models::brandChanged);
    }
}
