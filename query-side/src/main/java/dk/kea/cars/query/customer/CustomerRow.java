package dk.kea.cars.query.customer;

import dk.kea.cars.api.common.VersionGate;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.customer.CustomerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer in the employee read model. A deleted customer stays as a tombstone ({@code deleted = true}); its
 * email is not unique here because a deleted customer's email may be used again (spec §6.5).
 */
@Entity
@Table(name = "qry_customer", indexes = @Index(name = "ix_qry_customer_email_lower", columnList = "email_lower"))
public class CustomerRow {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 100)
    private String email;

    // the case-insensitive filter compares lower-cased values; a column of its own keeps it indexable everywhere
    @Column(name = "email_lower", nullable = false, length = 100)
    private String emailLower;

    @Column(name = "phone_number", length = 40)
    private String phoneNumber;

    @Column(name = "first_name", nullable = false, length = 45)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 45)
    private String lastName;

    @Column(length = 255)
    private String address;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private long version;

    protected CustomerRow() {
    }

    /** A row no event has reached yet: every sequence, 0 included, is newer. */
    public CustomerRow(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Applies the full state of the event unless {@link VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(CustomerEvent event, ReplayStatus status) {
        if (!VersionGate.admits(event.sequence(), version, status)) {
            return false;
        }
        email = event.email();
        emailLower = event.email().toLowerCase(Locale.ROOT);
        phoneNumber = event.phoneNumber();
        firstName = event.firstName();
        lastName = event.lastName();
        address = event.address();
        deleted = event.deleted();
        version = event.sequence();
        return true;
    }

    public CustomerView toView() {
        return new CustomerView(id, email, phoneNumber, firstName, lastName, address, deleted, version);
    }

    public UUID getId() {
        return id;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public long getVersion() {
        return version;
    }
}
