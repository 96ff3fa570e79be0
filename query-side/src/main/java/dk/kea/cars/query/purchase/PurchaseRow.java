package dk.kea.cars.query.purchase;

import dk.kea.cars.api.common.VersionGate;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.purchase.PurchaseView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A purchase in the employee read model. Its car is referenced by id and joined when a view is built; the owner
 * employee is the car's, so the employee filter joins the car row.
 */
@Entity
@Table(name = "qry_purchase", indexes = {
        @Index(name = "ix_qry_purchase_car", columnList = "car_id"),
        @Index(name = "ix_qry_purchase_date", columnList = "date_of_purchase")})
public class PurchaseRow {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "car_id", nullable = false, length = 36)
    private UUID carId;

    @Column(name = "date_of_purchase", nullable = false)
    private LocalDate dateOfPurchase;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private long version;

    protected PurchaseRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    public PurchaseRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Applies the full state of the event unless {@link VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(PurchaseEvent event, ReplayStatus status) {
        if (!VersionGate.admits(event.sequence(), version, status)) {
            return false;
        }
        // hidden since its latest event by its customer's or car's deletion: re-applying that event keeps it hidden
        boolean keepHidden = deleted && VersionGate.reapplies(event.sequence(), version, status);
        carId = event.carId();
        dateOfPurchase = event.dateOfPurchase();
        deleted = event.deleted() || keepHidden;
        version = event.sequence();
        return true;
    }

    public PurchaseView toView(CarView car) {
        return new PurchaseView(id, dateOfPurchase, car, deleted, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCarId() {
        return carId;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public long getVersion() {
        return version;
    }
}
