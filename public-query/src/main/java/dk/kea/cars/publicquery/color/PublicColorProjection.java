package dk.kea.cars.publicquery.color;

import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.FindPublicColor;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import dk.kea.cars.publicquery.catalog.PublicCatalogProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_colors} and the color copies inside models in step with the Color events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicColorProjection extends PublicCatalogProjection<PublicColorDocument> {

    private final PublicColorCopies models;

    public PublicColorProjection(MongoTemplate mongo, PublicColorCopies models, QueryUpdateEmitter emitter) {
        super(mongo, PublicColorDocument.class, FindPublicColor::new, emitter);
        this.models = models;
    }

    @EventHandler
    public void on(ColorEvent event, ReplayStatus status) {
        store(event, status, () -> PublicColorDocument.from(event), models::colorChanged);
    }
}
