package dk.kea.cars.command.employee;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.CreateEmployee;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Body of {@code POST /api/employees}. */
@Schema(description = "A new employee; give an id to make retries safe")
record NewEmployeeRequest(
        @Schema(description = "Optional client-chosen id") UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Email, 8–100 characters, unique among employees",
                example = "anna@kea-cars.dk") String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Password: 8–64 characters, no whitespace, "
                + "not a commonly used or breached password", example = "correct-horse-battery") String password,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "First name, 1–50 letters", example = "Anna") String firstName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Last name, 1–50 letters, no spaces", example = "Berg") String lastName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "admin, manager, sales_person or auditor",
                example = "sales_person") Role role) {

    CreateEmployee toCommand(UnaryOperator<String> hashOfValidPassword) {
        return new CreateEmployee(id == null ? UUID.randomUUID() : id, email, firstName, lastName, role,
                hashOfValidPassword.apply(password));
    }
}
