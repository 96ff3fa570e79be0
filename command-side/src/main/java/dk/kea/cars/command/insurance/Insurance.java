package dk.kea.cars.command.insurance;

import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.insurance.CreateInsurance;
import dk.kea.cars.api.insurance.InsuranceCreated;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.insurance.InsuranceUpdated;
import dk.kea.cars.api.insurance.UpdateInsurance;
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

/** An insurance a car can be sold with. Names are unique among insurances. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Insurance {

    @AggregateIdentifier
    private UUID id;
    private String name;
    private BigDecimal price;
    private long version;

    protected Insurance() {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateInsurance command, NameRegistry names) {
        if (id != null) {
            return WriteResult.at(version);
        }
        names.claim(NameScope.INSURANCE, command.name(), command.id());
        apply(new InsuranceCreated(command.id(), 0, EventTime.now(), command.name(), command.price()));
        return WriteResult.created(version);
    }

    @CommandHandler
    public WriteResult handle(UpdateInsurance command, NameRegistry names) {
        Versions.requireCurrent(command.expectedVersion(), version, "Insurance", id);
        String newName = Objects.requireNonNullElse(command.name(), name);
        BigDecimal newPrice = Objects.requireNonNullElse(command.price(), price);
        if (newName.equals(name) && newPrice.compareTo(price) == 0) {
            return WriteResult.at(version);
        }
        if (!newName.equalsIgnoreCase(name)) {
            names.rename(NameScope.INSURANCE, name, newName, id);
        }
        apply(new InsuranceUpdated(id, Versions.next(version), EventTime.now(), newName, newPrice));
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(InsuranceEvent event) {
        id = event.id();
        name = event.name();
        price = event.price();
        version = event.sequence();
    }
}
