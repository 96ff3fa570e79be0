package dk.kea.cars.publicquery.color;

import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.FindPublicColor;
import dk.kea.cars.platform.processing.VersionGate;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_colors} and the color copies inside models in step with the Color events. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicColorProjection {

    private final MongoTemplate mongo;
    private final PublicColorCopies models;
    private final QueryUpdateEmitter emitter;

    public PublicColorProjection(MongoTemplate mongo, PublicColorCopies models, QueryUpdateEmitter emitter) {
        this.mongo = mongo;
        this.models = models;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(ColorEvent event, ReplayStatus status) {
        PublicColorDocument current = mongo.findById(event.id().toString(), PublicColorDocument.class);
        if (current != null && !VersionGate.admits(event.sequence(), current.version(), status)) {
            return;
        }
        PublicColorDocument color = mongo.save(PublicColorDocument.from(event));
        models.colorChanged(color);
        emitter.emit(FindPublicColor.class, query -> query.id().equals(event.id()), color.toView());
    }
}
