package dk.kea.cars.publicquery.model;


import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.publicquery.PublicTokenStoreConfig;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import dk.kea.cars.publicquery.catalog.PublicCatalogProjection;
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
public class PublicModelProjection extends PublicCatalogProjection<PublicModelDocument> {

    private final MongoTemplate mongo;

    public PublicModelProjection(MongoTemplate mongo, QueryUpdateEmitter emitter) {
        super(mongo, PublicModelDocument.class, FindPublicModel::new, emitter);
        this.mongo = mongo;
    }

    @EventHandler
    public void on(ModelEvent event, ReplayStatus status) {
        store(event, status, () -> PublicModelDocument.from(event, brand(event.brandId()), colors(event.colorIds())));
    }

    private PublicBrandDocument brand(UUID id) {
        return mongo.findById(id.toString(), PublicBrandDocument.class);
    }

    private List<PublicColorDocument> colors(List<UUID> ids) {
        List<String> keys = ids.stream().map(UUID::toString).toList();
        return mongo.find(query(where("_id").in(keys)), PublicColorDocument.class);
    }
}
