package dk.kea.cars.query.store;

import dk.kea.cars.api.validation.ListPage;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/** Pages of a catalog table (brands, colors, accessories, insurances, models) in name order; the id breaks ties. */
@Component
public class CatalogRows {

    private static final String BY_NAME = "r.name, r.id";

    private final EntityManager entityManager;

    public CatalogRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> List<T> byName(Class<T> row, ListPage page) {
        return select(row).page(BY_NAME, page);
    }

    /** Like {@link #byName} with one more condition on {@code r}, left out when {@code value} is {@code null}. */
    public <T> List<T> byName(Class<T> row, String condition, String parameter, Object value, ListPage page) {
        return select(row).and(condition, parameter, value).page(BY_NAME, page);
    }

    private <T> QueryJpql<T> select(Class<T> row) {
        return QueryJpql.select(entityManager, row, "select r from " + row.getSimpleName() + " r where 1 = 1");
    }
}
