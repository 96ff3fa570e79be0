package dk.kea.cars.api.customer;

import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Partial update: {@code null} fields keep their value; the optional fields take a {@link Change}, whose
 * {@code null} value clears them.
 */
public record UpdateCustomer(@TargetAggregateIdentifier UUID id, Long expectedVersion, String email,
                             Change<String> phoneNumber, String firstName, String lastName, Change<String> address) {

    public UpdateCustomer {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        email = check.optional("email", email, Rules::email);
        phoneNumber = check.optional("phone_number", phoneNumber, change -> Change.to(Rules.phoneNumber(change.value())));
        firstName = check.optional("first_name", firstName, Rules::firstName);
        lastName = check.optional("last_name", lastName, Rules::lastName);
        address = check.optional("address", address, change -> Change.to(Rules.address(change.value())));
        check.done();
    }

    /** Personal data never reaches a log line. */
    @Override
    public String toString() {
        return "UpdateCustomer[id=" + id + ", expectedVersion=" + expectedVersion + "]";
    }
}
