package dk.kea.cars.command.lookup;

import dk.kea.cars.api.common.Rejection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules by which a car's references are found (spec §6.2), whatever holds the lookups: an entry counts only
 * under its own kind and while not deleted, every miss is "not found" naming it, and a deleted employee cannot own
 * a new car. Subclasses only say where an entry comes from.
 */
abstract class LookupCarReferences implements CarReferences {

    /** What a lookup entry tells about one catalog entry or customer. */
    interface Reference {

        LookupKind kind();

        BigDecimal price();

        Set<UUID> colorIds();

        boolean deleted();
    }

    /** The entry with this id, of any kind, tombstones included. */
    protected abstract Optional<? extends Reference> reference(UUID id);

    /** Whether the employee is deleted; empty when no such employee is known. */
    protected abstract Optional<Boolean> employeeDeleted(UUID id);

    @Override
    public final void requireCustomer(UUID id) {
        entry(id, LookupKind.CUSTOMER, "customer");
    }

    @Override
    public final void requireActiveEmployee(UUID id) {
        boolean deleted = employeeDeleted(id).orElseThrow(() -> Rejection.notFound("No employee with id " + id));
        if (deleted) {
            throw Rejection.ruleViolated("Employee " + id + " is deleted and cannot own a new car");
        }
    }

    @Override
    public final BigDecimal modelPrice(UUID modelId) {
        return entry(modelId, LookupKind.MODEL, "model").price();
    }

    @Override
    public final Set<UUID> colorsOfModel(UUID modelId) {
        return entry(modelId, LookupKind.MODEL, "model").colorIds();
    }

    @Override
    public final BigDecimal colorPrice(UUID id) {
        return entry(id, LookupKind.COLOR, "color").price();
    }

    @Override
    public final BigDecimal sumOfAccessories(List<UUID> ids) {
        return sum(ids, LookupKind.ACCESSORY, "accessory");
    }

    @Override
    public final BigDecimal sumOfInsurances(List<UUID> ids) {
        return sum(ids, LookupKind.INSURANCE, "insurance");
    }

    private BigDecimal sum(List<UUID> ids, LookupKind kind, String noun) {
        return ids.stream().map(id -> entry(id, kind, noun).price()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Reference entry(UUID id, LookupKind kind, String noun) {
        return reference(id)
                .filter(entry -> entry.kind() == kind && !entry.deleted())
                .orElseThrow(() -> Rejection.notFound("No " + noun + " with id " + id));
    }
}
