package dk.kea.cars.command.insurance;

import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.insurance.CreateInsurance;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.insurance.UpdateInsurance;
import dk.kea.cars.command.catalog.PricedEntry;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An insurance a car can be sold with. Names are unique among insurances. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
public class Insurance extends PricedEntry {

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateInsurance command, NameRegistry names) {
        return create(NameScope.INSURANCE, command, command.name(), names,
                () -> new InsuranceCreated(command.id(), 0, EventTime.now(), command.name(), command.price()));
    }

    @CommandHandler
    public WriteResult handle(UpdateInsurance command, NameRegistry names) {
        return changeNameOrPrice(NameScope.INSURANCE, command.expectedVersion(), command.name(), command.price(), names,
                (sequence, name, price) -> new InsuranceUpdated(id(), sequence, EventTime.now(), name, price));
    }

    @EventSourcingHandler
    void on(InsuranceEvent event) {
        takeState(event, event.name(), event.price());
    }
}
