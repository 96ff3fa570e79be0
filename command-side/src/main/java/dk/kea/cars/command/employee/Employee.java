package dk.kea.cars.command.employee;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.employee.CreateEmployee;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An employee of the dealership. Emails are unique among employees. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
public class Employee {

    @AggregateIdentifier
    private UUID id;
    private String email;
    private Role role;
    private boolean deleted;
    private long version;

    protected Employee() {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateEmployee command, NameRegistry names) {
        if (id != null) {
            return WriteResult.at(version);
        }
        names.claim(NameScope.EMPLOYEE_EMAIL, command.email(), command.id());
        apply(new EmployeeCreated(command.id(), 0, EventTime.now(), command.email(), command.firstName(),
                command.lastName(), command.role(), command.passwordHash(), false));
        return WriteResult.created(version);
    }

    @EventSourcingHandler
    void on(EmployeeEvent event) {
        id = event.id();
        email = event.email();
        role = event.role();
        deleted = event.deleted();
        version = event.sequence();
    }
}
