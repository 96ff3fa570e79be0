package dk.kea.cars.api.employee;

import dk.kea.cars.api.common.EntityEvent;
import dk.kea.cars.api.common.Role;

/** The full state of an employee after a change, password hash included for auth-query's sake only. */
public sealed interface EmployeeEvent extends EntityEvent
        permits EmployeeCreated, EmployeeUpdated, EmployeeDeleted, EmployeeUndeleted {

    String email();

    String firstName();

    String lastName();

    Role role();

    String passwordHash();

    boolean deleted();
}
