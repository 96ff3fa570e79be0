package dk.kea.cars.auth.credentials;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.employee.EmployeeView;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a login needs about one employee. The hash never leaves this service: {@link #toString()} leaves it out and
 * {@link #toView()} has no place for it.
 */
@Document(AuthCredentialsDocument.COLLECTION)
public record AuthCredentialsDocument(@Id String id, String email, String passwordHash, Role role, String firstName,
                                      String lastName, boolean deleted, long version) {

    public static final String COLLECTION = "auth_credentials";

    /**
     * The full state an event carries. A tombstone counts as deleted whatever its flag says: a deleted employee
     * must never be able to log in, so this errs on the closed side.
     */
    static AuthCredentialsDocument from(EmployeeEvent event) {
        boolean deleted = event.deleted() || event instanceof EmployeeDeleted;
        return new AuthCredentialsDocument(event.id().toString(), event.email(), event.passwordHash(), event.role(),
                event.firstName(), event.lastName(), deleted, event.sequence());
    }

    public UUID employeeId() {
        return UUID.fromString(id);
    }

    public EmployeeView toView() {
        return new EmployeeView(employeeId(), email, firstName, lastName, role, deleted, version);
    }

    @Override
    public String toString() {
        return "AuthCredentialsDocument[id=" + id + ", email=" + email + ", role=" + role + ", deleted=" + deleted
                + ", version=" + version + "]";
    }
}
