package dk.kea.cars.command.customer;

import dk.kea.cars.api.customer.CreateCustomer;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code POST /api/customers}. */
@Schema(description = "A new customer; give an id to make retries safe")
record NewCustomerRequest(
        @Schema(description = "Optional client-chosen id") UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Email, 8–100 characters, unique among customers",
                example = "henrik@gmail.com") String email,
        @Schema(description = "Optional: + and up to 3 country digits, then 8–30 digits", example = "10203040")
        String phoneNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "First name, 1–45 letters", example = "Henrik")
        String firstName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Last name, 1–45 letters, no spaces",
                example = "Henriksen") String lastName,
        @Schema(description = "Optional address, 5–255 characters", example = "Randomgade nr. 10 4. tv.") String address) {

    CreateCustomer toCommand() {
        return new CreateCustomer(id == null ? UUID.randomUUID() : id, email, phoneNumber, firstName, lastName,
                address);
    }
}
