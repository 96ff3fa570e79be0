package dk.kea.cars.query.employee;

import dk.kea.cars.api.employee.FindEmployee;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.query.store.RowProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_employee} in step with the employee events and answers {@link FindEmployee}. */
@Component
@ProcessingGroup("query-side")
public class EmployeeProjection extends RowProjection<EmployeeRow, EmployeeView> {

    public EmployeeProjection(EmployeeRowRepository employees, QueryUpdateEmitter emitter) {
        super(employees, EmployeeRow::new, EmployeeRow::toView, FindEmployee::new, emitter);
    }

    @EventHandler
    public void on(EmployeeEvent event, ReplayStatus status) {
        update(event.id(), row -> row.apply(event, status));
    }

    @QueryHandler
    public EmployeeView handle(FindEmployee query) {
        return find(query.id());
    }
}
