package dk.kea.cars.query.color;

import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.query.store.PricedCatalogRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;

/** A color in the employee read model; {@code version} is the sequence of the last applied event. */
@Entity
@Table(name = "qry_color")
public class ColorRow extends PricedCatalogRow {

    @Column(name = "red_value", nullable = false)
    private int redValue;

    @Column(name = "green_value", nullable = false)
    private int greenValue;

    @Column(name = "blue_value", nullable = false)
    private int blueValue;

    protected ColorRow() {
    }

    /** A row no event has reached yet. */
    public ColorRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless it is older (or, live, not newer) than the row. */
    public boolean apply(ColorEvent event, ReplayStatus status) {
        if (!applyNameAndPrice(event.sequence(), event.name(), event.price(), status)) {
            return false;
        }
        redValue = event.redValue();
        greenValue = event.greenValue();
        blueValue = event.blueValue();
        return true;
    }

    public ColorView toView() {
        return new ColorView(getId(), getName(), getPrice(), redValue, greenValue, blueValue, getVersion());
    }
}
