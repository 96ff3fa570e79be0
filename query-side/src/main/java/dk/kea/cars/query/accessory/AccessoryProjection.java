package dk.kea.cars.query.accessory;

import dk.kea.cars.api.accessory.FindAccessory;
import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.query.store.RowProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_accessory} in step with the accessory events and answers {@link FindAccessory}. */
@Component
@ProcessingGroup("query-side")
public class AccessoryProjection extends RowProjection<AccessoryRow, AccessoryView> {

    public AccessoryProjection(AccessoryRowRepository accessories, QueryUpdateEmitter emitter) {
        super(accessories, AccessoryRow::new, AccessoryRow::toView, FindAccessory::new, emitter);
    }

    @EventHandler
    public void on(AccessoryEvent event, ReplayStatus status) {
        update(event.id(), row -> row.apply(event, status));
    }

    @QueryHandler
    public AccessoryView handle(FindAccessory query) {
        return find(query.id());
    }
}
