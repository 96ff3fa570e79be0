package dk.kea.cars.command.accessory;

import dk.kea.cars.api.accessory.CreateAccessory;
import dk.kea.cars.api.accessory.AccessoryCreated;
import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.AccessoryUpdated;
import dk.kea.cars.api.accessory.UpdateAccessory;
import dk.kea.cars.api.common.WriteResult;
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

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An accessory a car can be fitted with. Names are unique among accessories. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Accessory {

    @AggregateIdentifier
    private UUID id;
    private String name;
    private BigDecimal price;
    private long version;

    protected Accessory() {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateAccessory command, NameRegistry names) {
        if (id != null) {
            return WriteResult.at(version);
        }
        names.claim(NameScope.ACCESSORY, command.name(), command.id());
        apply(new AccessoryCreated(command.id(), 0, EventTime.now(), command.name(), command.price()));
        return WriteResult.created(version);
    }

    @CommandHandler
    public WriteResult handle(UpdateAccessory command, NameRegistry names) {
        Versions.requireCurrent(command.expectedVersion(), version, "Accessory", id);
        String newName = Objects.requireNonNullElse(command.name(), name);
        BigDecimal newPrice = Objects.requireNonNullElse(command.price(), price);
        if (newName.equals(name) && newPrice.compareTo(price) == 0) {
            return WriteResult.at(version);
        }
        if (!newName.equalsIgnoreCase(name)) {
            names.rename(NameScope.ACCESSORY, name, newName, id);
        }
        apply(new AccessoryUpdated(id, Versions.next(version), EventTime.now(), newName, newPrice));
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(AccessoryEvent event) {
        id = event.id();
        name = event.name();
        price = event.price();
        version = event.sequence();
    }
}
