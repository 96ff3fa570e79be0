package dk.kea.cars.query.store;

import dk.kea.cars.api.common.VersionGate;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The columns every priced catalog entry has (accessories, insurances, colors): a name, a price in øre precision and
 * the {@code version} of the last applied event.
 */
@MappedSuperclass
public abstract class PricedCatalogRow {

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

    protected PricedCatalogRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    protected PricedCatalogRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Takes the name and price of the event unless {@link VersionGate} rules it out (older, or live and not newer). */
    protected boolean applyNameAndPrice(long sequence, String name, BigDecimal price, ReplayStatus status) {
        if (!VersionGate.admits(sequence, version, status)) {
            return false;
        }
        this.name = name;
        this.price = price.setScale(2, RoundingMode.HALF_EVEN);
        this.version = sequence;
        return true;
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
