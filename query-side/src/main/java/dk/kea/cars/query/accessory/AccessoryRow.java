package dk.kea.cars.query.accessory;

import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.AccessoryView;
import dk.kea.cars.query.store.PricedCatalogRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;

/** An accessory in the employee read model; {@code version} is the sequence of the last applied event. */
@Entity
@Table(name = "qry_accessory")
public class AccessoryRow extends PricedCatalogRow {

    protected AccessoryRow() {
    }

    /** A row no event has reached yet. */
    public AccessoryRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless it is older (or, live, not newer) than the row. */
    public boolean apply(AccessoryEvent event, ReplayStatus status) {
        return applyNameAndPrice(event.sequence(), event.name(), event.price(), status);
    }

    public AccessoryView toView() {
        return new AccessoryView(getId(), getName(), getPrice(), getVersion());
    }
}
