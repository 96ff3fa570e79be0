package dk.kea.cars.command.employee;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.employee.CreateEmployee;
import dk.kea.cars.api.employee.DeleteEmployee;
import dk.kea.cars.api.employee.EmployeeCreated;
import dk.kea.cars.api.employee.EmployeeDeleted;
import dk.kea.cars.api.employee.EmployeeEvent;
import dk.kea.cars.api.employee.EmployeeUndeleted;
import dk.kea.cars.api.employee.EmployeeUpdated;
import dk.kea.cars.api.employee.UndeleteEmployee;
import dk.kea.cars.api.employee.UpdateEmployee;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.common.Versions;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An employee of the dealership. Emails are unique among employees (a deleted employee keeps theirs, so an
 * undelete always works). An admin can neither delete nor demote themselves (spec §6.6).
 */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Employee {

    @AggregateIdentifier
    private UUID id;
    private String email;
    private String firstName;
    private String lastName;
    private Role role;
    private String passwordHash;
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

    @CommandHandler
    public WriteResult handle(UpdateEmployee command, NameRegistry names) {
        Versions.requireCurrent(command.expectedVersion(), version, "Employee", id);
        String newEmail = Objects.requireNonNullElse(command.email(), email);
        String newFirstName = Objects.requireNonNullElse(command.firstName(), firstName);
        String newLastName = Objects.requireNonNullElse(command.lastName(), lastName);
        Role newRole = Objects.requireNonNullElse(command.role(), role);
        String newHash = Objects.requireNonNullElse(command.passwordHash(), passwordHash);
        if (id.equals(command.actorId()) && role == Role.ADMIN && newRole != Role.ADMIN) {
            throw Rejection.forbidden("An admin cannot demote themselves");
        }
        if (newEmail.equals(email) && newFirstName.equals(firstName) && newLastName.equals(lastName)
                && newRole == role && newHash.equals(passwordHash)) {
            return WriteResult.at(version);
        }
        if (!newEmail.equalsIgnoreCase(email)) {
            names.rename(NameScope.EMPLOYEE_EMAIL, email, newEmail, id);
        }
        apply(new EmployeeUpdated(id, Versions.next(version), EventTime.now(), newEmail, newFirstName, newLastName,
                newRole, newHash, deleted));
        return WriteResult.at(version);
    }

    /** Deleting a deleted employee changes nothing and answers the tombstone. */
    @CommandHandler
    public WriteResult handle(DeleteEmployee command) {
        Versions.requireCurrent(command.expectedVersion(), version, "Employee", id);
        if (id.equals(command.actorId())) {
            throw Rejection.forbidden("An admin cannot delete themselves");
        }
        if (!deleted) {
            apply(new EmployeeDeleted(id, Versions.next(version), EventTime.now(), email, firstName, lastName, role,
                    passwordHash, true));
        }
        return WriteResult.at(version);
    }

    @CommandHandler
    public WriteResult handle(UndeleteEmployee command) {
        Versions.requireCurrent(command.expectedVersion(), version, "Employee", id);
        if (deleted) {
            apply(new EmployeeUndeleted(id, Versions.next(version), EventTime.now(), email, firstName, lastName,
                    role, passwordHash, false));
        }
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(EmployeeEvent event) {
        id = event.id();
        email = event.email();
        firstName = event.firstName();
        lastName = event.lastName();
        role = event.role();
        passwordHash = event.passwordHash();
        deleted = event.deleted();
        version = event.sequence();
    }
}
