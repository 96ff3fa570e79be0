package dk.kea.cars.publicquery.model;


import dk.kea.cars.platform.processing.VersionGate;
import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import dk.kea.cars.publicquery.color.PublicColorDocument;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code public_models} in step with the Model events, embedding the brand and colors known so far. */
@Component
@ProcessingGroup(PublicTokenStoreConfig.PROCESSING_GROUP)
public class PublicModelProjection {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter emitter;

    public PublicModelProjection(MongoTemplate mongo, QueryUpdateEmitter emitter) {
        this.mongo = mongo;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(ModelEvent event, ReplayStatus status) {
        PublicModelDocument current = mongo.findById(event.id().toString(), PublicModelDocument.class);
        if (current != null && !VersionGate.admits(event.sequence(), current.version(), status)) {
            return;
        }
        PublicBrandDocument brand = mongo.findById(event.brandId().toString(), PublicBrandDocument.class);
        PublicModelDocument model = mongo.save(PublicModelDocument.from(event, brand, colors(event.colorIds())));
        emitter.emit(FindPublicModel.class, query -> query.id().equals(event.id()), model.toView());
    }

    private List<PublicColorDocument> colors(List<UUID> ids) {
        List<String> keys = ids.stream().map(UUID::toString).toList();
        return mongo.find(query(where("_id").in(keys)), PublicColorDocument.class);
    }
}
