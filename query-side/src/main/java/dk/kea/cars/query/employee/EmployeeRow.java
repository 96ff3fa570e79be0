package dk.kea.cars.query.employee;

import dk.kea.cars.query.store.VersionedRow;
import org.axonframework.eventhandling.ReplayStatus;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.employee.EmployeeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An employee in the employee read model, also the source of the caller's current role. The password hash the
 * events carry is deliberately not stored here: only auth-query needs it.
 */
@Entity
@Table(name = "qry_employee")
public class EmployeeRow extends VersionedRow {

    @Column(nullable = false, length = 100)
    private String email;

    @Column(name = "first_name", nullable = false, length = 50)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 50)
    private String lastName;

    // a plain VARCHAR rather than Hibernate's native ENUM type, so the column is the same on every database
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean deleted;

    protected EmployeeRow() {
    }

    /** A row no event has reached yet. */
    public EmployeeRow(UUID id) {
        super(id);
    }

    /** Applies the full state of the event unless {@code VersionGate} rules it out (older, or live and not newer). */
    public boolean apply(EmployeeEvent event, ReplayStatus status) {
        if (!admits(event.sequence(), status)) {
            return false;
        }
        email = event.email();
        firstName = event.firstName();
        lastName = event.lastName();
        role = event.role();
        deleted = event.deleted();
        appliedUpTo(event.sequence());
        return true;
    }

    public EmployeeView toView() {
        return new EmployeeView(getId(), email, firstName, lastName, role, deleted, getVersion());
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public boolean isDeleted() {
        return deleted;
    }

}
