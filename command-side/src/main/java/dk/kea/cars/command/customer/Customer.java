package dk.kea.cars.command.customer;

import dk.kea.cars.api.common.Change;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.customer.CreateCustomer;
import dk.kea.cars.api.customer.CustomerCreated;
import dk.kea.cars.api.customer.CustomerDeleted;
import dk.kea.cars.api.customer.CustomerErased;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.customer.CustomerUpdated;
import dk.kea.cars.api.customer.DeleteCustomer;
import dk.kea.cars.api.customer.EraseCustomer;
import dk.kea.cars.api.customer.UpdateCustomer;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.common.Versions;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import dk.kea.cars.command.personaldata.PersonalDataVault;
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
 * <p>
 * The personal fields are held and stored sealed with the customer's own key (so snapshots carry only ciphertext):
 * the command handlers open them when they must compare or release, and seal every field of an event they apply,
 * anew, so no text of an event stored before encryption is ever copied into a new one. An erasure deletes the key:
 * every personal field of every event of the customer is unreadable from then on.
 */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Customer {

    @AggregateIdentifier
    private UUID id;
    private SealedText email;
    private SealedText phoneNumber;
    private SealedText firstName;
    private SealedText lastName;
    private SealedText address;
    private boolean deleted;
    private boolean erased;
    private long version;

    protected Customer() {
    }

    /** The personal fields as text, as a command handler works with them. */
    private record Person(String email, String phoneNumber, String firstName, String lastName, String address) {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateCustomer command, NameRegistry names, PersonalDataVault vault) {
        if (id != null) {
            requireLiving();
            return WriteResult.at(version);
        }
        names.claim(NameScope.CUSTOMER_EMAIL, command.email(), command.id());
        PersonalDataVault.Sealer seal = vault.sealerFor(command.id());
        apply(new CustomerCreated(command.id(), 0, EventTime.now(), seal.seal(command.email()),
                seal.seal(command.phoneNumber()), seal.seal(command.firstName()), seal.seal(command.lastName()),
                seal.seal(command.address()), false));
        return WriteResult.created(version);
    }

    @CommandHandler
    public WriteResult handle(UpdateCustomer command, NameRegistry names, PersonalDataVault vault) {
        requireLiving();
        Versions.requireCurrent(command.expectedVersion(), version, "Customer", id);
        Person current = opened(vault);
        Person changed = new Person(Objects.requireNonNullElse(command.email(), current.email()),
                changed(command.phoneNumber(), current.phoneNumber()),
                Objects.requireNonNullElse(command.firstName(), current.firstName()),
                Objects.requireNonNullElse(command.lastName(), current.lastName()),
                changed(command.address(), current.address()));
        if (changed.equals(current)) {
            return WriteResult.at(version);
        }
        if (!changed.email().equalsIgnoreCase(current.email())) {
            names.rename(NameScope.CUSTOMER_EMAIL, current.email(), changed.email(), id);
        }
        PersonalDataVault.Sealer seal = vault.sealerFor(id);
        apply(new CustomerUpdated(id, Versions.next(version), EventTime.now(), seal.seal(changed.email()),
                seal.seal(changed.phoneNumber()), seal.seal(changed.firstName()), seal.seal(changed.lastName()),
                seal.seal(changed.address()), false));
        return WriteResult.at(version);
    }

    @CommandHandler
    public WriteResult handle(DeleteCustomer command, NameRegistry names, PersonalDataVault vault) {
        requireLiving();
        Versions.requireCurrent(command.expectedVersion(), version, "Customer", id);
        tombstone(names, vault);
        return WriteResult.at(version);
    }

    /**
     * Crypto-shredding: a living customer is deleted first (the same tombstone, cascade and freed email as a
     * delete), then its key is deleted and {@code CustomerErased} recorded. An erased customer answers its version
     * and changes nothing, so a retried erasure succeeds.
     */
    @CommandHandler
    public WriteResult handle(EraseCustomer command, NameRegistry names, PersonalDataVault vault) {
        if (erased) {
            return WriteResult.at(version);
        }
        if (!deleted) {
            tombstone(names, vault);
        }
        vault.erase(id);
        apply(new CustomerErased(id, Versions.next(version), EventTime.now()));
        return WriteResult.at(version);
    }

    private void tombstone(NameRegistry names, PersonalDataVault vault) {
        Person current = opened(vault);
        names.release(NameScope.CUSTOMER_EMAIL, current.email(), id);
        PersonalDataVault.Sealer seal = vault.sealerFor(id);
        apply(new CustomerDeleted(id, Versions.next(version), EventTime.now(), seal.seal(current.email()),
                seal.seal(current.phoneNumber()), seal.seal(current.firstName()), seal.seal(current.lastName()),
                seal.seal(current.address()), true));
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
        erased = event.erased();
        version = event.sequence();
    }

    private Person opened(PersonalDataVault vault) {
        return new Person(vault.open(id, email), vault.open(id, phoneNumber), vault.open(id, firstName),
                vault.open(id, lastName), vault.open(id, address));
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
