package dk.kea.cars.query.accessory;

import dk.kea.cars.api.common.VersionGate;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.AccessoryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An accessory in the employee read model; {@code version} is the sequence of the last applied event. */
@Entity
@Table(name = "qry_accessory")
public class AccessoryRow {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 45)
    private String name;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private long version;

    protected AccessoryRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    public AccessoryRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Applies the full state of the event unless {@link VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(AccessoryEvent event, ReplayStatus status) {
        if (!VersionGate.admits(event.sequence(), version, status)) {
            return false;
        }
        name = event.name();
        price = event.price().setScale(2, RoundingMode.HALF_EVEN);
        version = event.sequence();
        return true;
    }

    public AccessoryView toView() {
        return new AccessoryView(id, name, price, version);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public long getVersion() {
        return version;
    }
}
