package dk.kea.cars.query.employee;

import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.employee.FindEmployee;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** Keeps {@code qry_employee} in step with the employee events and answers {@link FindEmployee}. */
@Component
@ProcessingGroup("query-side")
public class EmployeeProjection {

    private final EmployeeRowRepository employees;
    private final QueryUpdateEmitter emitter;

    public EmployeeProjection(EmployeeRowRepository employees, QueryUpdateEmitter emitter) {
        this.employees = employees;
        this.emitter = emitter;
    }

    @EventHandler
    public void on(EmployeeEvent event, ReplayStatus status) {
        EmployeeRow row = employees.findById(event.id()).orElseGet(() -> new EmployeeRow(event.id()));
        if (!row.apply(event, status)) {
            return;
        }
        EmployeeView view = employees.save(row).toView();
        emitter.emit(FindEmployee.class, query -> query.id().equals(event.id()), view);
    }

    @QueryHandler
    public EmployeeView handle(FindEmployee query) {
        return employees.findById(query.id()).map(EmployeeRow::toView).orElse(null);
    }
}
