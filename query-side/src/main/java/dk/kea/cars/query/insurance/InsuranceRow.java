package dk.kea.cars.query.insurance;

import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.query.store.PricedCatalogRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;

/** An insurance in the employee read model; {@code version} is the sequence of the last applied event. */
@Entity
@Table(name = "qry_insurance")
public class InsuranceRow extends PricedCatalogRow {

    protected InsuranceRow() {
    }

    /** A row no event has reached yet. */
    public InsuranceRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless it is older (or, live, not newer) than the row. */
    public boolean apply(InsuranceEvent event, ReplayStatus status) {
        return applyNameAndPrice(event.sequence(), event.name(), event.price(), status);
    }

    public InsuranceView toView() {
        return new InsuranceView(getId(), getName(), getPrice(), getVersion());
    }
}
