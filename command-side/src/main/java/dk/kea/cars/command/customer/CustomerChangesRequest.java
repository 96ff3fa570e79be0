package dk.kea.cars.command.customer;

import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.customer.UpdateCustomer;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * Body of {@code PUT /api/customers/{id}}. A class with setters rather than a record because "absent" and
 * "explicit null" mean different things here: Jackson calls a setter only for a field that is present, so a
 * {@code "phone_number": null} clears the phone number while leaving it out keeps it. The setters name their JSON
 * fields themselves: the API docs read them from here, not through the web layer's naming strategy.
 */
@Schema(description = "Changes to a customer; omitted fields keep their value, null clears phone_number or address")
final class CustomerChangesRequest {

    private String email;
    private Change<String> phoneNumber;
    private String firstName;
    private String lastName;
    private Change<String> address;

    @Schema(description = "New email")
    @JsonProperty("email")
    public void setEmail(String email) {
        this.email = email;
    }

    @Schema(description = "New phone number; null clears it")
    @JsonProperty("phone_number")
    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = Change.to(phoneNumber);
    }

    @Schema(description = "New first name")
    @JsonProperty("first_name")
    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    @Schema(description = "New last name")
    @JsonProperty("last_name")
    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    @Schema(description = "New address; null clears it")
    @JsonProperty("address")
    public void setAddress(String address) {
        this.address = Change.to(address);
    }

    UpdateCustomer toCommand(UUID id, Long expectedVersion) {
        return new UpdateCustomer(id, expectedVersion, email, phoneNumber, firstName, lastName, address);
    }
}
