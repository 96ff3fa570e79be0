package dk.kea.cars.command.brand;

import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.brand.CreateBrand;
import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.BrandUpdated;
import dk.kea.cars.api.brand.UpdateBrand;
import dk.kea.cars.command.catalog.UniquelyNamedEntry;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

/** A car brand. Names are unique among brands. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
public class Brand extends UniquelyNamedEntry {

    private String logoUrl;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateBrand command, NameRegistry names) {
        return create(NameScope.BRAND, command, command.name(), names,
                () -> new BrandCreated(command.id(), 0, EventTime.now(), command.name(), command.logoUrl()));
    }

    @CommandHandler
    public WriteResult handle(UpdateBrand command, NameRegistry names) {
        String newLogoUrl = Objects.requireNonNullElse(command.logoUrl(), logoUrl);
        return change(NameScope.BRAND, command.expectedVersion(), command.name(), newLogoUrl.equals(logoUrl), names,
                (sequence, name) -> new BrandUpdated(id(), sequence, EventTime.now(), name, newLogoUrl));
    }

    @EventSourcingHandler
    void on(BrandEvent event) {
        takeIdNameAndVersion(event, event.name());
        logoUrl = event.logoUrl();
    }
}
