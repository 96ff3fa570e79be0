package dk.kea.cars.query.brand;

import dk.kea.cars.api.common.VersionGate;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.BrandView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A brand in the employee read model; {@code version} is the sequence of the last applied event. */
@Entity
@Table(name = "qry_brand")
public class BrandRow {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 45)
    private String name;

    @Column(name = "logo_url", nullable = false, length = 2048)
    private String logoUrl;

    @Column(nullable = false)
    private long version;

    protected BrandRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    public BrandRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Applies the full state of the event unless {@link VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(BrandEvent event, ReplayStatus status) {
        if (!VersionGate.admits(event.sequence(), version, status)) {
            return false;
        }
        name = event.name();
        logoUrl = event.logoUrl();
        version = event.sequence();
        return true;
    }

    public BrandView toView() {
        return new BrandView(id, name, logoUrl, version);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public long getVersion() {
        return version;
    }
}
