package dk.kea.cars.query.model;

import dk.kea.cars.api.model.FindModel;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.api.model.ModelView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_model} in step with the model events and answers {@link FindModel}. */
@Component
@ProcessingGroup("query-side")
public class ModelProjection {

    private final ModelRowRepository models;
    private final ModelViewAssembler views;
    private final QueryUpdateEmitter emitter;

    public ModelProjection(ModelRowRepository models, ModelViewAssembler views, QueryUpdateEmitter emitter) {
        this.models = models;
        this.views = views;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(ModelEvent event, ReplayStatus status) {
        ModelRow row = models.findById(event.id()).orElseGet(() -> new ModelRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        ModelView view = views.toView(models.save(row));
        emitter.emit(FindModel.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public ModelView handle(FindModel query) {
        return views.find(query.id()).orElse(null);
    }
}
