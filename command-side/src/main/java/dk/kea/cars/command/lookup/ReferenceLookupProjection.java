package dk.kea.cars.command.lookup;

import dk.kea.cars.api.accessory.AccessoryEvent;
import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.common.EntityEvent;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.insurance.InsuranceEvent;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.platform.processing.VersionGate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The command side's own lookups (with {@link EmployeeAccess} for employees) of what cars refer to (spec §6.2), kept
 * from events in the same processor as the deletion processes, so a process always sees every car created before
 * the deletion it handles. Every event carries the full state, so a row applies it by {@link VersionGate}'s rule,
 * like every read model: a replay rewrites the row in place.
 */
@Component
@ProcessingGroup("command-side-lookups")
class ReferenceLookupProjection {

    private final ReferenceEntryRepository references;
    private final CarEntryRepository cars;
    private final EmployeeAccessRepository employees;
    private final QueryUpdateEmitter emitter;

    ReferenceLookupProjection(ReferenceEntryRepository references, CarEntryRepository cars,
                              EmployeeAccessRepository employees, QueryUpdateEmitter emitter) {
        this.references = references;
        this.cars = cars;
        this.employees = employees;
        this.emitter = emitter;
    }

    @EventHandler
    void on(CustomerEvent event, ReplayStatus status) {
        store(event, status, LookupKind.CUSTOMER, null, Set.of(), event.deleted());
    }

    @EventHandler
    void on(ModelEvent event, ReplayStatus status) {
        store(event, status, LookupKind.MODEL, event.price(), new HashSet<>(event.colorIds()), false);
    }

    @EventHandler
    void on(ColorEvent event, ReplayStatus status) {
        store(event, status, LookupKind.COLOR, event.price(), Set.of(), false);
    }

    @EventHandler
    void on(AccessoryEvent event, ReplayStatus status) {
        store(event, status, LookupKind.ACCESSORY, event.price(), Set.of(), false);
    }

    @EventHandler
    void on(InsuranceEvent event, ReplayStatus status) {
        store(event, status, LookupKind.INSURANCE, event.price(), Set.of(), false);
    }

    @EventHandler
    void on(CarEvent event, ReplayStatus status) {
        CarEntry car = cars.findById(event.id()).orElseGet(() -> new CarEntry(event.id()));
        if (!VersionGate.admits(event.sequence(), car.version(), status)) {
            return;
        }
        car.apply(event.customerId(), event.purchaseId(), event.deleted(), event.sequence());
        cars.save(car);
        emitApplied(event);
    }

    @QueryHandler
    LookupVersion handle(FindLookup query) {
        return references.findById(query.id()).map(entry -> new LookupVersion(query.id(), entry.version()))
                .or(() -> cars.findById(query.id()).map(car -> new LookupVersion(query.id(), car.version())))
                .or(() -> employees.findById(query.id()).map(row -> new LookupVersion(query.id(), row.version())))
                .orElse(null);
    }

    private void store(EntityEvent event, ReplayStatus status, LookupKind kind, BigDecimal price, Set<UUID> colorIds,
                       boolean deleted) {
        ReferenceEntry entry = references.findById(event.id()).orElseGet(() -> new ReferenceEntry(event.id(), kind));
        if (!VersionGate.admits(event.sequence(), entry.version(), status)) {
            return;
        }
        entry.apply(price, colorIds, deleted, event.sequence());
        references.save(entry);
        emitApplied(event);
    }

    private void emitApplied(EntityEvent event) {
        emitter.emit(FindLookup.class, query -> query.id().equals(event.id()),
                new LookupVersion(event.id(), event.sequence()));
    }
}
