package dk.kea.cars.command.employee;

import dk.kea.cars.api.employee.EmployeeEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@link EmployeeAccess} current so a changed role or a deletion takes effect on the next request. */
@Component
@ProcessingGroup("command-side-lookups")
class EmployeeAccessProjection {

    private final EmployeeAccessRepository access;

    EmployeeAccessProjection(EmployeeAccessRepository access) {
        this.access = access;
    }

    @EventHandler
    void on(EmployeeEvent event) {
        EmployeeAccess row = access.findById(event.id()).orElseGet(() -> new EmployeeAccess(event.id()));
        if (event.sequence() <= row.version()) {
            return;
        }
        row.apply(event.role(), event.deleted(), event.sequence());
        access.save(row);
    }
}
