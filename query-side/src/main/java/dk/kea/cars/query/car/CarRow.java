package dk.kea.cars.query.car;

import dk.kea.cars.query.store.VersionedRow;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.car.CarEvent;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A car in the employee read model. Everything it refers to is kept by id and joined when a view is built, so
 * catalog, customer and employee changes show at once; only the total price is frozen (spec §6.1).
 */
@Entity
@Table(name = "qry_car", indexes = {
        @Index(name = "ix_qry_car_customer", columnList = "customer_id"),
        @Index(name = "ix_qry_car_employee", columnList = "employee_id"),
        @Index(name = "ix_qry_car_purchased", columnList = "purchased"),
        @Index(name = "ix_qry_car_purchase", columnList = "purchase_id"),
        @Index(name = "ix_qry_car_deadline", columnList = "purchase_deadline")})
public class CarRow extends VersionedRow {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36)
    private UUID customerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "employee_id", nullable = false, length = 36)
    private UUID employeeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "model_id", nullable = false, length = 36)
    private UUID modelId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "color_id", nullable = false, length = 36)
    private UUID colorId;

    // views are built outside a transaction (open-in-view is off), so the lists come eagerly, a page's (up to 100 cars) at once with
    // `car_id in (…)`: a subselect would repeat the page's ordered, limited query for every row of the list tables
    // (docs/performance.md, finding 1)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "qry_car_accessory", joinColumns = @JoinColumn(name = "car_id"))
    @OrderColumn(name = "position")
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "accessory_id", nullable = false, length = 36)
    private List<UUID> accessoryIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "qry_car_insurance", joinColumns = @JoinColumn(name = "car_id"))
    @OrderColumn(name = "position")
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "insurance_id", nullable = false, length = 36)
    private List<UUID> insuranceIds = new ArrayList<>();

    @Column(name = "purchase_deadline", nullable = false)
    private LocalDate purchaseDeadline;

    @Column(name = "total_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalPrice;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "purchase_id", length = 36)
    private UUID purchaseId;

    // derived from purchase_id, stored so the is_purchased filter is a plain indexed equality
    @Column(nullable = false)
    private boolean purchased;

    @Column(nullable = false)
    private boolean deleted;

    protected CarRow() {
    }

    /** A row no event has reached yet. */
    public CarRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless {@code VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(CarEvent event, ReplayStatus status) {
        if (!admits(event.sequence(), status)) {
            return false;
        }
        customerId = event.customerId();
        employeeId = event.employeeId();
        modelId = event.modelId();
        colorId = event.colorId();
        replace(accessoryIds, event.accessoryIds());
        replace(insuranceIds, event.insuranceIds());
        purchaseDeadline = event.purchaseDeadline();
        totalPrice = event.totalPrice().setScale(2, RoundingMode.HALF_EVEN);
        purchaseId = event.purchaseId();
        purchased = event.purchaseId() != null;
        deleted = event.deleted();
        appliedUpTo(event.sequence());
        return true;
    }

    /** Hidden without an event of its own: its customer was deleted (see {@code DeletionCascadeProjection}). */
    public void hide() {
        deleted = true;
    }

    private static void replace(List<UUID> ids, List<UUID> newIds) {
        List<UUID> wanted = newIds == null ? List.of() : newIds;
        if (!ids.equals(wanted)) { // an unchanged list is not rewritten (a replay re-applies mostly unchanged rows)
            ids.clear();
            ids.addAll(wanted);
        }
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getEmployeeId() {
        return employeeId;
    }

    public UUID getModelId() {
        return modelId;
    }

    public UUID getColorId() {
        return colorId;
    }

    public List<UUID> getAccessoryIds() {
        return List.copyOf(accessoryIds);
    }

    public List<UUID> getInsuranceIds() {
        return List.copyOf(insuranceIds);
    }

    public LocalDate getPurchaseDeadline() {
        return purchaseDeadline;
    }

    public BigDecimal getTotalPrice() {
        return totalPrice;
    }

    public UUID getPurchaseId() {
        return purchaseId;
    }

    public boolean isPurchased() {
        return purchased;
    }

    public boolean isDeleted() {
        return deleted;
    }

}
