package dk.kea.cars.api.employee;

import dk.kea.cars.api.common.Role;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A deleted employee was brought back. {@link #toString()} leaves the password hash out so it cannot reach a log. */
@Revision("1")
public record EmployeeUndeleted(UUID id, long sequence, Instant occurredAt, String email, String firstName,
                              String lastName, Role role, String passwordHash, boolean deleted)
        implements EmployeeEvent {

    @Override
    public String toString() {
        return "EmployeeUndeleted[id=" + id + ", sequence=" + sequence + ", email=" + email + ", role=" + role
                + ", deleted=" + deleted + "]";
    }
}
