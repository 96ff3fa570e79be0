package dk.kea.cars.query.purchase;

import dk.kea.cars.query.store.QueryJpql;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The purchase list of spec §4: live purchases only, optionally of one employee's cars, sorted by date. */
@Component
public class PurchaseRowSearch {

    private final EntityManager entityManager;

    public PurchaseRowSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param employeeId {@code null} for every purchase, else only those of cars this employee owns */
    public List<PurchaseRow> find(UUID employeeId, int offset, int limit) {
        return QueryJpql.select(entityManager, PurchaseRow.class, "select p from PurchaseRow p where p.deleted = false")
                .and("exists (select 1 from CarRow c where c.id = p.carId and c.employeeId = :employeeId)",
                        "employeeId", employeeId)
                .page("p.dateOfPurchase, p.id", offset, limit);
    }
}
