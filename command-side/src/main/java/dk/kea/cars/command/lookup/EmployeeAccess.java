package dk.kea.cars.command.lookup;

import dk.kea.cars.api.common.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** The command side's own view of an employee: just enough to authorise a request (role, deleted). */
@Entity
@Table(name = "cmd_employee_access")
public class EmployeeAccess {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private long version;

    protected EmployeeAccess() {
    }

    EmployeeAccess(UUID id) {
        this.id = id;
        this.version = -1;
    }

    void apply(Role role, boolean deleted, long version) {
        this.role = role;
        this.deleted = deleted;
        this.version = version;
    }

    public Role role() {
        return role;
    }

    public boolean deleted() {
        return deleted;
    }

    public long version() {
        return version;
    }
}
