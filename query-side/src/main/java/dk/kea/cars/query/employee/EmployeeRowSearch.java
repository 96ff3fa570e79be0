package dk.kea.cars.query.employee;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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
     * @param deleted {@code null} for every employee, else only those with this deleted flag
     * @param onlyId  {@code null} for every employee, else only this one (a sales person sees only itself)
     */
    public List<EmployeeRow> find(Boolean deleted, UUID onlyId, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select e from EmployeeRow e where 1 = 1");
        if (deleted != null) {
            jpql.append(" and e.deleted = :deleted");
        }
        if (onlyId != null) {
            jpql.append(" and e.id = :id");
        }
        jpql.append(" order by e.lastName, e.firstName, e.email, e.id");
        TypedQuery<EmployeeRow> query = entityManager.createQuery(jpql.toString(), EmployeeRow.class);
        if (deleted != null) {
            query.setParameter("deleted", deleted);
        }
        if (onlyId != null) {
            query.setParameter("id", onlyId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
