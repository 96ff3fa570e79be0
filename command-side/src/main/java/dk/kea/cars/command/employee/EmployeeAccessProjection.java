package dk.kea.cars.command.employee;

import dk.kea.cars.api.employee.EmployeeEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import dk.kea.cars.command.lookup.FindLookup;
import dk.kea.cars.command.lookup.LookupVersion;
import org.springframework.stereotype.Component;

/** Keeps {@link EmployeeAccess} current so a changed role or a deletion takes effect on the next request. */
@Component
@ProcessingGroup("command-side-lookups")
class EmployeeAccessProjection {

    private final EmployeeAccessRepository access;
    private final QueryUpdateEmitter emitter;

    EmployeeAccessProjection(EmployeeAccessRepository access, QueryUpdateEmitter emitter) {
        this.access = access;
        this.emitter = emitter;
    }

    @EventHandler
    void on(EmployeeEvent event) {
        EmployeeAccess row = access.findById(event.id()).orElseGet(() -> new EmployeeAccess(event.id()));
        if (event.sequence() <= row.version()) {
            return;
        }
        row.apply(event.role(), event.deleted(), event.sequence());
        access.save(row);
        emitter.emit(FindLookup.class, query -> query.id().equals(event.id()),
                new LookupVersion(event.id(), event.sequence()));
    }
}
