package dk.kea.cars.query.model;

import dk.kea.cars.query.store.VersionedRow;
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
public class ModelRow extends VersionedRow {

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

    protected ModelRow() {
    }

    /** A row no event has reached yet. */
    public ModelRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless {@code VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(ModelEvent event, ReplayStatus status) {
        if (!admits(event.sequence(), status)) {
            return false;
        }
        brandId = event.brandId();
        name = event.name();
        price = event.price().setScale(2, RoundingMode.HALF_EVEN);
        imageUrl = event.imageUrl();
        colorIds.clear();
        colorIds.addAll(event.colorIds());
        appliedUpTo(event.sequence());
        return true;
    }

    public ModelView toView(BrandView brand, List<ColorView> colors) {
        return new ModelView(getId(), name, price, imageUrl, brand, List.copyOf(colors), getVersion());
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

}
