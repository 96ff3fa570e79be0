package dk.kea.cars.query.car;

import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.query.store.QueryJpql;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The car list of spec §4: live cars only, optional filters, sorted by purchase deadline. */
@Component
public class CarRowSearch {

    private final EntityManager entityManager;

    public CarRowSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every filter may be {@code null} (not given). */
    public record Filter(UUID customerId, UUID employeeId, Boolean purchased, Boolean pastPurchaseDeadline) {
    }

    public List<CarRow> find(Filter filter, int offset, int limit) {
        Boolean past = filter.pastPurchaseDeadline();
        return QueryJpql.select(entityManager, CarRow.class, "select c from CarRow c where c.deleted = false")
                .and("c.customerId = :customerId", "customerId", filter.customerId())
                .and("c.employeeId = :employeeId", "employeeId", filter.employeeId())
                .and("c.purchased = :purchased", "purchased", filter.purchased())
                .and(deadlineCondition(past), "today", past == null ? null : Rules.today())
                .page("c.purchaseDeadline, c.id", offset, limit);
    }

    /** Past the deadline means the deadline was before today (UTC): a car is still buyable on its last day. */
    private static String deadlineCondition(Boolean past) {
        return Boolean.TRUE.equals(past) ? "c.purchaseDeadline < :today" : "c.purchaseDeadline >= :today";
    }
}
