package dk.kea.cars.command.accessory;

import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.accessory.CreateAccessory;
import dk.kea.cars.api.accessory.AccessoryCreated;
import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.accessory.AccessoryUpdated;
import dk.kea.cars.api.accessory.UpdateAccessory;
import dk.kea.cars.command.catalog.PricedEntry;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An accessory a car can be fitted with. Names are unique among accessories. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
public class Accessory extends PricedEntry {

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateAccessory command, NameRegistry names) {
        return create(NameScope.ACCESSORY, command, command.name(), names,
                () -> new AccessoryCreated(command.id(), 0, EventTime.now(), command.name(), command.price()));
    }

    @CommandHandler
    public WriteResult handle(UpdateAccessory command, NameRegistry names) {
        return changeNameOrPrice(NameScope.ACCESSORY, command.expectedVersion(), command.name(), command.price(), names,
                (sequence, name, price) -> new AccessoryUpdated(id(), sequence, EventTime.now(), name, price));
    }

    @EventSourcingHandler
    void on(AccessoryEvent event) {
        takeState(event, event.name(), event.price());
    }
}
