package dk.kea.cars.api.employee;

import java.util.UUID;

/** Asks the employee read model (query-side) for one employee; answers an {@link EmployeeView} or nothing. */
public record FindEmployee(UUID id) {
}
