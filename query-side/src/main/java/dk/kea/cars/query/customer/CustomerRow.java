package dk.kea.cars.query.customer;

import dk.kea.cars.query.store.VersionedRow;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.customer.CustomerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import dk.kea.cars.api.personaldata.SealedText;
import java.util.Locale;
import java.util.function.Function;
import java.util.UUID;

/**
 * A customer in the employee read model. A deleted customer stays as a tombstone ({@code deleted = true}); its
 * email is not unique here because a deleted customer's email may be used again (spec §6.5).
 */
@Entity
@Table(name = "qry_customer", indexes = @Index(name = "ix_qry_customer_email_lower", columnList = "email_lower"))
public class CustomerRow extends VersionedRow {

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

    protected CustomerRow() {
    }

    /** A row no event has reached yet. */
    public CustomerRow(UUID id) {
        super(id);
    }

    /**
     * Applies the full state of the event unless {@code VersionGate} rules it out (older, or live and not newer);
     * {@code reveal} turns its sealed personal fields into what the row keeps (text, or the erased mark).
     */
    public boolean apply(CustomerEvent event, ReplayStatus status, Function<SealedText, String> reveal) {
        if (!admits(event.sequence(), status)) {
            return false;
        }
        email = reveal.apply(event.email());
        emailLower = email.toLowerCase(Locale.ROOT);
        phoneNumber = reveal.apply(event.phoneNumber());
        firstName = reveal.apply(event.firstName());
        lastName = reveal.apply(event.lastName());
        address = reveal.apply(event.address());
        deleted = event.deleted();
        appliedUpTo(event.sequence());
        return true;
    }

    public CustomerView toView() {
        return new CustomerView(getId(), email, phoneNumber, firstName, lastName, address, deleted, getVersion());
    }

    public boolean isDeleted() {
        return deleted;
    }

}
