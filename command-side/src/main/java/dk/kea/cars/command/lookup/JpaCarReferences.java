package dk.kea.cars.command.lookup;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** {@link CarReferences} from the command side's lookup tables. */
@Component
class JpaCarReferences extends LookupCarReferences {

    private final ReferenceEntryRepository references;
    private final EmployeeAccessRepository employees;

    JpaCarReferences(ReferenceEntryRepository references, EmployeeAccessRepository employees) {
        this.references = references;
        this.employees = employees;
    }

    @Override
    protected Optional<ReferenceEntry> reference(UUID id) {
        return references.findById(id);
    }

    @Override
    protected Optional<Boolean> employeeDeleted(UUID id) {
        return employees.findById(id).map(EmployeeAccess::deleted);
    }
}
