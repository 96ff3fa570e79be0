package dk.kea.cars.api.customer;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Creates a customer; phone number and address are optional. */
public record CreateCustomer(@TargetAggregateIdentifier UUID id, String email, String phoneNumber, String firstName,
                             String lastName, String address) implements CreateCommand {

    public CreateCustomer {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        email = check.field("email", email, Rules::email);
        phoneNumber = check.field("phone_number", phoneNumber, Rules::phoneNumber);
        firstName = check.field("first_name", firstName, Rules::firstName);
        lastName = check.field("last_name", lastName, Rules::lastName);
        address = check.field("address", address, Rules::address);
        check.done();
    }

    /** Personal data never reaches a log line. */
    @Override
    public String toString() {
        return "CreateCustomer[id=" + id + "]";
    }
}
