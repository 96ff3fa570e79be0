package dk.kea.cars.query.purchase;

import dk.kea.cars.query.store.VersionedRow;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.api.purchase.PurchaseView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class PurchaseRow extends VersionedRow {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "car_id", nullable = false, length = 36)
    private UUID carId;

    @Column(name = "date_of_purchase", nullable = false)
    private LocalDate dateOfPurchase;

    @Column(nullable = false)
    private boolean deleted;

    protected PurchaseRow() {
    }

    /** A row no event has reached yet. */
    public PurchaseRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless {@code VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(PurchaseEvent event, ReplayStatus status) {
        if (!admits(event.sequence(), status)) {
            return false;
        }
        carId = event.carId();
        dateOfPurchase = event.dateOfPurchase();
        deleted = event.deleted();
        appliedUpTo(event.sequence());
        return true;
    }

    /** Hidden without an event of its own: its car or the car's customer was deleted (see {@code DeletionCascadeProjection}). */
    public void hide() {
        deleted = true;
    }

    public PurchaseView toView(CarView car) {
        return new PurchaseView(getId(), dateOfPurchase, car, deleted, getVersion());
    }

    public UUID getCarId() {
        return carId;
    }

    public boolean isDeleted() {
        return deleted;
    }

}
