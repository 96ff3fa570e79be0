package dk.kea.cars.api.employee;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Partial update of an employee by an admin ({@code actorId}); {@code null} fields keep their value. A new password
 * arrives hashed. {@link #toString()} leaves the hash out.
 */
public record UpdateEmployee(@TargetAggregateIdentifier UUID id, Long expectedVersion, UUID actorId, String email,
                             String firstName, String lastName, Role role, String passwordHash) {

    public UpdateEmployee {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        email = check.optional("email", email, Rules::email);
        firstName = check.optional("first_name", firstName, Rules::employeeFirstName);
        lastName = check.optional("last_name", lastName, Rules::employeeLastName);
        check.done();
    }

    @Override
    public String toString() {
        return "UpdateEmployee[id=" + id + ", email=" + email + ", role=" + role + ", password "
                + (passwordHash == null ? "unchanged" : "changed") + "]";
    }
}
