package dk.kea.cars.api.employee;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** An employee as the employee API shows it; never holds a password or hash. */
@Schema(description = "An employee (never with a password)")
public record EmployeeView(@Schema(description = "Id of the employee") UUID id, @Schema(description = "Email, unique among employees") String email, @Schema(description = "First name") String firstName, @Schema(description = "Last name") String lastName, @Schema(description = "admin, manager, sales_person or auditor") Role role,
                           @JsonProperty("is_deleted") @Schema(description = "True once the employee is deleted (tombstone)") boolean deleted, @Schema(hidden = true) long version) implements VersionedView {
}
