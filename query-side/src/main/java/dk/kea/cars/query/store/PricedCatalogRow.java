package dk.kea.cars.query.store;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;

/**
 * The columns every priced catalog entry has (accessories, insurances, colors): a name, a price in øre precision and
 * the {@code version} of the last applied event.
 */
@MappedSuperclass
public abstract class PricedCatalogRow extends VersionedRow {

    @Column(nullable = false, length = 45)
    private String name;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    protected PricedCatalogRow() {
    }

    /** A row no event has reached yet. */
    protected PricedCatalogRow(UUID id) {
        super(id);
    }

    /** Takes the name and price of the event unless {@code VersionGate} rules it out (older, or live and not newer). */
    protected boolean applyNameAndPrice(long sequence, String name, BigDecimal price, ReplayStatus status) {
        if (!admits(sequence, status)) {
            return false;
        }
        this.name = name;
        this.price = price.setScale(2, RoundingMode.HALF_EVEN);
        appliedUpTo(sequence);
        return true;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

}
