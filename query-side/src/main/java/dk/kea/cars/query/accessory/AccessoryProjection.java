package dk.kea.cars.query.accessory;

import dk.kea.cars.api.accessory.FindAccessory;
import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.AccessoryView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_accessory} in step with the accessory events and answers {@link FindAccessory}. */
@Component
@ProcessingGroup("query-side")
public class AccessoryProjection {

    private final AccessoryRowRepository accessories;
    private final QueryUpdateEmitter emitter;

    public AccessoryProjection(AccessoryRowRepository accessories, QueryUpdateEmitter emitter) {
        this.accessories = accessories;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(AccessoryEvent event, ReplayStatus status) {
        AccessoryRow row = accessories.findById(event.id()).orElseGet(() -> new AccessoryRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        AccessoryView view = accessories.save(row).toView();
        emitter.emit(FindAccessory.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public AccessoryView handle(FindAccessory query) {
        return accessories.findById(query.id()).map(AccessoryRow::toView).orElse(null);
    }
}
