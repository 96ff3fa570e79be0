package dk.kea.cars.api.employee;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Creates an employee. The password arrives already hashed: the plain password never enters a message.
 * {@link #toString()} leaves the hash out so it cannot reach a log.
 */
public record CreateEmployee(@TargetAggregateIdentifier UUID id, String email, String firstName, String lastName,
                             Role role, String passwordHash) implements CreateCommand {

    public CreateEmployee {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        email = check.field("email", email, Rules::email);
        firstName = check.field("first_name", firstName, Rules::employeeFirstName);
        lastName = check.field("last_name", lastName, Rules::employeeLastName);
        role = check.field("role", role, Rules::required);
        passwordHash = check.field("password", passwordHash, Rules::required);
        check.done();
    }

    @Override
    public String toString() {
        return "CreateEmployee[id=" + id + ", email=" + email + ", role=" + role + "]";
    }
}
