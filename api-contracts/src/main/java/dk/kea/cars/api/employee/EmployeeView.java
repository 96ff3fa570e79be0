package dk.kea.cars.api.employee;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.common.VersionedView;

import java.util.UUID;

/** An employee as the employee API shows it; never holds a password or hash. */
public record EmployeeView(UUID id, String email, String firstName, String lastName, Role role,
                           @JsonProperty("is_deleted") boolean deleted, long version) implements VersionedView {
}
