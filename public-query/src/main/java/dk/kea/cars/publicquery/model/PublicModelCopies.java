package dk.kea.cars.publicquery.model;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.publicquery.brand.PublicBrandCopies;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import dk.kea.cars.publicquery.color.PublicColorCopies;
import dk.kea.cars.publicquery.color.PublicColorDocument;
import java.util.UUID;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Refreshes the brand and color copies embedded in models. Called by the brand and color projections inside
 * their own event handler, so a model never shows an older brand or color than the catalog does.
 */
@Component
public class PublicModelCopies implements PublicBrandCopies, PublicColorCopies {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter emitter;

    public PublicModelCopies(MongoTemplate mongo, QueryUpdateEmitter emitter) {
        this.mongo = mongo;
        this.emitter = emitter;
    }

    @Override
    public void brandChanged(PublicBrandDocument brand) {
        mongo.updateMulti(query(where("brandId").is(brand.id())), new Update().set("brand", brand),
                PublicModelDocument.class);
        mongo.find(query(where("brandId").is(brand.id())), PublicModelDocument.class).forEach(this::emit);
    }

    @Override
    public void colorChanged(PublicColorDocument color) {
        mongo.find(query(where("colorIds").is(color.id())), PublicModelDocument.class)
                .forEach(model -> emit(mongo.save(model.withColor(color))));
    }

    /** The model's version does not move, but a subscriber watching the model still sees the new copy. */
    private void emit(PublicModelDocument model) {
        UUID id = UUID.fromString(model.id());
        ModelView view = model.toView();
        emitter.emit(FindPublicModel.class, query -> query.id().equals(id), view);
    }
}
