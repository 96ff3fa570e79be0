package dk.kea.cars.query.employee;

import dk.kea.cars.query.store.QueryJpql;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The employee list of spec §4: optional filters, sorted by name, cut by offset and limit. */
@Component
public class EmployeeRowSearch {

    private final EntityManager entityManager;

    public EmployeeRowSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param deleted only the deleted employees, or only the active ones
     * @param onlyId  {@code null} for every employee, else only this one (a sales person sees only itself)
     */
    public List<EmployeeRow> find(boolean deleted, UUID onlyId, int offset, int limit) {
        return QueryJpql.select(entityManager, EmployeeRow.class, "select e from EmployeeRow e where 1 = 1")
                .and("e.deleted = :deleted", "deleted", deleted)
                .and("e.id = :id", "id", onlyId)
                .page("e.lastName, e.firstName, e.email, e.id", offset, limit);
    }
}
