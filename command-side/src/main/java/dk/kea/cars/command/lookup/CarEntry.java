package dk.kea.cars.command.lookup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** Which customer a car belongs to and which purchase it has: what the deletion processes need to find. */
@Entity
@Table(name = "cmd_car", indexes = @Index(name = "ix_cmd_car_customer", columnList = "customer_id"))
public class CarEntry {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", length = 36, nullable = false)
    private UUID customerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "purchase_id", length = 36)
    private UUID purchaseId;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private long version;

    protected CarEntry() {
    }

    CarEntry(UUID id) {
        this.id = id;
        this.version = -1;
    }

    void apply(UUID customerId, UUID purchaseId, boolean deleted, long version) {
        this.customerId = customerId;
        this.purchaseId = purchaseId;
        this.deleted = deleted;
        this.version = version;
    }

    public UUID id() {
        return id;
    }

    long version() {
        return version;
    }
}
