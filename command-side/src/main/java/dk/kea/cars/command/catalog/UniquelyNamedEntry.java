package dk.kea.cars.command.catalog;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.common.EntityEvent;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.command.common.Versions;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the aggregates of the catalog entries whose names are unique among their kind (brands, colors, accessories,
 * insurances) decide alike: a create of an existing id changes nothing, a name is claimed before an event uses it,
 * a change names the version it expects, and a change to nothing emits nothing. Each aggregate keeps its own
 * command and event-sourcing handlers for its own commands and events, and calls these. Snapshots hold the fields
 * of both classes, as {@code @JsonAutoDetect} (which the aggregates inherit) lets Jackson see them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class UniquelyNamedEntry {

    @AggregateIdentifier
    private UUID id;
    private String name;
    private long version;

    /** The event of a change: it takes the sequence it will have and the name the entry will have. */
    @FunctionalInterface
    protected interface Change {
        Object event(long sequence, String name);
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    protected WriteResult create(NameScope scope, CreateCommand command, String newName, NameRegistry names,
                                 Supplier<?> created) {
        if (id != null) {
            return WriteResult.at(version);
        }
        names.claim(scope, newName, command.id());
        apply(created.get());
        return WriteResult.created(version);
    }

    /**
     * Applies the event of a change to {@code newName} ({@code null} keeps the name) and what else the event holds,
     * unless {@code expectedVersion} (when given) is not the current version, or nothing changes: neither the name
     * nor, as {@code restUnchanged} tells, the rest.
     */
    protected WriteResult change(NameScope scope, Long expectedVersion, String newName, boolean restUnchanged,
                                 NameRegistry names, Change change) {
        Versions.requireCurrent(expectedVersion, version, getClass().getSimpleName(), id);
        String changedName = Objects.requireNonNullElse(newName, name);
        if (changedName.equals(name) && restUnchanged) {
            return WriteResult.at(version);
        }
        if (!changedName.equalsIgnoreCase(name)) {
            names.rename(scope, name, changedName, id);
        }
        apply(change.event(Versions.next(version), changedName));
        return WriteResult.at(version);
    }

    /** Takes what every event of the entry carries; each aggregate's event-sourcing handler calls this. */
    protected void takeIdNameAndVersion(EntityEvent event, String eventName) {
        id = event.id();
        name = eventName;
        version = event.sequence();
    }

    protected UUID id() {
        return id;
    }
}
