package dk.kea.cars.command.lookup;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.command.employee.EmployeeAccess;
import dk.kea.cars.command.employee.EmployeeAccessRepository;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@link CarReferences} from the command side's lookup tables. */
@Component
class JpaCarReferences implements CarReferences {

    private final ReferenceEntryRepository references;
    private final EmployeeAccessRepository employees;

    JpaCarReferences(ReferenceEntryRepository references, EmployeeAccessRepository employees) {
        this.references = references;
        this.employees = employees;
    }

    @Override
    public void requireCustomer(UUID id) {
        entry(id, LookupKind.CUSTOMER, "customer");
    }

    /** An existing employee; a deleted one cannot own a new car (400). */
    @Override
    public void requireActiveEmployee(UUID id) {
        EmployeeAccess employee = employees.findById(id)
                .orElseThrow(() -> Rejection.notFound("No employee with id " + id));
        if (employee.deleted()) {
            throw Rejection.ruleViolated("Employee " + id + " is deleted and cannot own a new car");
        }
    }

    @Override
    public BigDecimal modelPrice(UUID modelId) {
        return entry(modelId, LookupKind.MODEL, "model").price();
    }

    @Override
    public Set<UUID> colorsOfModel(UUID modelId) {
        return entry(modelId, LookupKind.MODEL, "model").colorIds();
    }

    @Override
    public BigDecimal colorPrice(UUID id) {
        return entry(id, LookupKind.COLOR, "color").price();
    }

    @Override
    public BigDecimal sumOfAccessories(List<UUID> ids) {
        return sum(ids, LookupKind.ACCESSORY, "accessory");
    }

    @Override
    public BigDecimal sumOfInsurances(List<UUID> ids) {
        return sum(ids, LookupKind.INSURANCE, "insurance");
    }

    private BigDecimal sum(List<UUID> ids, LookupKind kind, String noun) {
        return ids.stream().map(id -> entry(id, kind, noun).price()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ReferenceEntry entry(UUID id, LookupKind kind, String noun) {
        return references.findById(id)
                .filter(entry -> entry.kind() == kind && !entry.deleted())
                .orElseThrow(() -> Rejection.notFound("No " + noun + " with id " + id));
    }
}
