package dk.kea.cars.query.model;

import dk.kea.cars.api.common.VersionGate;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.api.model.ModelView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A model in the employee read model. Brand and colors are referenced by id and joined at query time, so a
 * brand or color change is visible in every model without rewriting it.
 */
@Entity
@Table(name = "qry_model", indexes = @Index(name = "ix_qry_model_brand", columnList = "brand_id"))
public class ModelRow {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "brand_id", nullable = false, length = 36)
    private UUID brandId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "image_url", nullable = false, length = 2048)
    private String imageUrl;

    // eager: views are built outside a transaction (open-in-view is off) and a model has only a few colors
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qry_model_color", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "color_id", nullable = false, length = 36)
    private List<UUID> colorIds = new ArrayList<>();

    @Column(nullable = false)
    private long version;

    protected ModelRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    public ModelRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Applies the full state of the event unless {@link VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(ModelEvent event, ReplayStatus status) {
        if (!VersionGate.admits(event.sequence(), version, status)) {
            return false;
        }
        brandId = event.brandId();
        name = event.name();
        price = event.price().setScale(2, RoundingMode.HALF_EVEN);
        imageUrl = event.imageUrl();
        colorIds.clear();
        colorIds.addAll(event.colorIds());
        version = event.sequence();
        return true;
    }

    public ModelView toView(BrandView brand, List<ColorView> colors) {
        return new ModelView(id, name, price, imageUrl, brand, List.copyOf(colors), version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public List<UUID> getColorIds() {
        return List.copyOf(colorIds);
    }

    public long getVersion() {
        return version;
    }
}
