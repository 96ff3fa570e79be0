package dk.kea.cars.command.employee;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.UpdateEmployee;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Body of {@code PUT /api/employees/{id}}: only the fields it names change. */
@Schema(description = "Changes to an employee; omitted fields keep their value")
record EmployeeChangesRequest(
        @Schema(description = "New email") String email,
        @Schema(description = "New password (same policy as on create)") String password,
        @Schema(description = "New first name") String firstName,
        @Schema(description = "New last name") String lastName,
        @Schema(description = "New role; an admin cannot demote themselves") Role role) {

    UpdateEmployee toCommand(UUID id, Long expectedVersion, UUID actorId, UnaryOperator<String> hashOfValidPassword) {
        return new UpdateEmployee(id, expectedVersion, actorId, email, firstName, lastName, role,
                password == null ? null : hashOfValidPassword.apply(password));
    }
}
