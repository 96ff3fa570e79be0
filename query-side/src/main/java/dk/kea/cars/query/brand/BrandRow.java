package dk.kea.cars.query.brand;

import dk.kea.cars.query.store.VersionedRow;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.BrandView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A brand in the employee read model; {@code version} is the sequence of the last applied event. */
@Entity
@Table(name = "qry_brand")
public class BrandRow extends VersionedRow {

    @Column(nullable = false, length = 45)
    private String name;

    @Column(name = "logo_url", nullable = false, length = 2048)
    private String logoUrl;

    protected BrandRow() {
    }

    /** A row no event has reached yet. */
    public BrandRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless {@code VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(BrandEvent event, ReplayStatus status) {
        if (!admits(event.sequence(), status)) {
            return false;
        }
        name = event.name();
        logoUrl = event.logoUrl();
        appliedUpTo(event.sequence());
        return true;
    }

    public BrandView toView() {
        return new BrandView(getId(), name, logoUrl, getVersion());
    }

    public String getName() {
        return name;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

}
