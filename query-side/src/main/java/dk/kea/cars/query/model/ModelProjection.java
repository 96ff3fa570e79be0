package dk.kea.cars.query.model;

import dk.kea.cars.api.model.FindModel;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.query.store.RowProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_model} in step with the model events and answers {@link FindModel}. */
@Component
@ProcessingGroup("query-side")
public class ModelProjection extends RowProjection<ModelRow, ModelView> {

    public ModelProjection(ModelRowRepository models, ModelViewAssembler views, QueryUpdateEmitter emitter) {
        super(models, ModelRow::new, views::toView, FindModel::new, emitter);
    }

    @EventHandler
    public void on(ModelEvent event, ReplayStatus status) {
        update(event.id(), row -> row.apply(event, status));
    }

    @QueryHandler
    public ModelView handle(FindModel query) {
        return find(query.id());
    }
}
