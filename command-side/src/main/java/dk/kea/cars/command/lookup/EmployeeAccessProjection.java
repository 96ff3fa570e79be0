package dk.kea.cars.command.lookup;

import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.platform.processing.VersionGate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link EmployeeAccess} current so a changed role or a deletion takes effect on the next request; events
 * apply by {@link VersionGate}'s rule.
 */
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
    void on(EmployeeEvent event, ReplayStatus status) {
        EmployeeAccess row = access.findById(event.id()).orElseGet(() -> new EmployeeAccess(event.id()));
        if (!VersionGate.admits(event.sequence(), row.version(), status)) {
            return;
        }
        row.apply(event.role(), event.deleted(), event.sequence());
        access.save(row);
        emitter.emit(FindLookup.class, query -> query.id().equals(event.id()),
                new LookupVersion(event.id(), event.sequence()));
    }
}
