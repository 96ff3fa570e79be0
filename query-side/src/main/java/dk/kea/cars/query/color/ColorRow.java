package dk.kea.cars.query.color;

import dk.kea.cars.api.common.VersionGate;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.ColorView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A color in the employee read model; {@code version} is the sequence of the last applied event. */
@Entity
@Table(name = "qry_color")
public class ColorRow {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 45)
    private String name;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "red_value", nullable = false)
    private int redValue;

    @Column(name = "green_value", nullable = false)
    private int greenValue;

    @Column(name = "blue_value", nullable = false)
    private int blueValue;

    @Column(nullable = false)
    private long version;

    protected ColorRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    public ColorRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Applies the full state of the event unless {@link VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(ColorEvent event, ReplayStatus status) {
        if (!VersionGate.admits(event.sequence(), version, status)) {
            return false;
        }
        name = event.name();
        price = event.price().setScale(2, RoundingMode.HALF_EVEN);
        redValue = event.redValue();
        greenValue = event.greenValue();
        blueValue = event.blueValue();
        version = event.sequence();
        return true;
    }

    public ColorView toView() {
        return new ColorView(id, name, price, redValue, greenValue, blueValue, version);
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
