package dk.kea.cars.command.brand;

import dk.kea.cars.api.brand.CreateBrand;
import dk.kea.cars.api.brand.BrandCreated;
import dk.kea.cars.api.brand.BrandEvent;
import dk.kea.cars.api.brand.BrandUpdated;
import dk.kea.cars.api.brand.UpdateBrand;
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

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A car brand. Names are unique among brands. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Brand {

    @AggregateIdentifier
    private UUID id;
    private String name;
    private String logoUrl;
    private long version;

    protected Brand() {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateBrand command, NameRegistry names) {
        if (id != null) {
            return WriteResult.at(version);
        }
        names.claim(NameScope.BRAND, command.name(), command.id());
        apply(new BrandCreated(command.id(), 0, EventTime.now(), command.name(), command.logoUrl()));
        return WriteResult.created(version);
    }

    @CommandHandler
    public WriteResult handle(UpdateBrand command, NameRegistry names) {
        Versions.requireCurrent(command.expectedVersion(), version, "Brand", id);
        String newName = Objects.requireNonNullElse(command.name(), name);
        String newLogoUrl = Objects.requireNonNullElse(command.logoUrl(), logoUrl);
        if (newName.equals(name) && newLogoUrl.equals(logoUrl)) {
            return WriteResult.at(version);
        }
        if (!newName.equalsIgnoreCase(name)) {
            names.rename(NameScope.BRAND, name, newName, id);
        }
        apply(new BrandUpdated(id, Versions.next(version), EventTime.now(), newName, newLogoUrl));
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(BrandEvent event) {
        id = event.id();
        name = event.name();
        logoUrl = event.logoUrl();
        version = event.sequence();
    }
}
