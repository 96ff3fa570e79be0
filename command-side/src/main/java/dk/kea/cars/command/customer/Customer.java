package dk.kea.cars.command.customer;

import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.customer.CreateCustomer;
import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.customer.DeleteCustomer;
import dk.kea.cars.api.customer.UpdateCustomer;
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
 * A customer. Emails are unique among living customers: a deletion frees the email (spec §6.5); the customer's
 * cars and their purchases follow the deletion through {@code DeletionProcesses}.
 */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Customer {

    @AggregateIdentifier
    private UUID id;
    private String email;
    private String phoneNumber;
    private String firstName;
    private String lastName;
    private String address;
    private boolean deleted;
    private long version;

    protected Customer() {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateCustomer command, NameRegistry names) {
        if (id != null) {
            requireLiving();
            return WriteResult.at(version);
        }
        names.claim(NameScope.CUSTOMER_EMAIL, command.email(), command.id());
        apply(new CustomerCreated(command.id(), 0, EventTime.now(), command.email(), command.phoneNumber(),
                command.firstName(), command.lastName(), command.address(), false));
        return WriteResult.created(version);
    }

    @CommandHandler
    public WriteResult handle(UpdateCustomer command, NameRegistry names) {
        requireLiving();
        Versions.requireCurrent(command.expectedVersion(), version, "Customer", id);
        String newEmail = Objects.requireNonNullElse(command.email(), email);
        String newPhone = changed(command.phoneNumber(), phoneNumber);
        String newFirstName = Objects.requireNonNullElse(command.firstName(), firstName);
        String newLastName = Objects.requireNonNullElse(command.lastName(), lastName);
        String newAddress = changed(command.address(), address);
        if (newEmail.equals(email) && Objects.equals(newPhone, phoneNumber) && newFirstName.equals(firstName)
                && newLastName.equals(lastName) && Objects.equals(newAddress, address)) {
            return WriteResult.at(version);
        }
        if (!newEmail.equalsIgnoreCase(email)) {
            names.rename(NameScope.CUSTOMER_EMAIL, email, newEmail, id);
        }
        apply(new CustomerUpdated(id, Versions.next(version), EventTime.now(), newEmail, newPhone, newFirstName,
                newLastName, newAddress, false));
        return WriteResult.at(version);
    }

    @CommandHandler
    public WriteResult handle(DeleteCustomer command, NameRegistry names) {
        requireLiving();
        Versions.requireCurrent(command.expectedVersion(), version, "Customer", id);
        names.release(NameScope.CUSTOMER_EMAIL, email, id);
        apply(new CustomerDeleted(id, Versions.next(version), EventTime.now(), email, phoneNumber, firstName,
                lastName, address, true));
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(CustomerEvent event) {
        id = event.id();
        email = event.email();
        phoneNumber = event.phoneNumber();
        firstName = event.firstName();
        lastName = event.lastName();
        address = event.address();
        deleted = event.deleted();
        version = event.sequence();
    }

    /** A deleted customer is gone for every API (spec §6.5). */
    private void requireLiving() {
        if (deleted) {
            throw Rejection.notFound("No customer with id " + id);
        }
    }

    private static String changed(Change<String> change, String current) {
        return change == null ? current : change.value();
    }
}
