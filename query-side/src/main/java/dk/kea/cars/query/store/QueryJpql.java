package dk.kea.cars.query.store;

import dk.kea.cars.api.validation.ListPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list query of the read API: a fixed select plus optional conditions, each left out when its value is
 * {@code null} (the filter was not given), then a stable order and one page.
 */
public final class QueryJpql<T> {

    private final EntityManager entityManager;
    private final Class<T> type;
    private final StringBuilder jpql;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private QueryJpql(EntityManager entityManager, Class<T> type, String selectWhere) {
        this.entityManager = entityManager;
        this.type = type;
        this.jpql = new StringBuilder(selectWhere);
    }

    /** @param selectWhere a select with a where clause that later conditions are and-ed to */
    public static <T> QueryJpql<T> select(EntityManager entityManager, Class<T> type, String selectWhere) {
        return new QueryJpql<>(entityManager, type, selectWhere);
    }

    /** Adds {@code condition}, which names {@code :parameter}, unless {@code value} is {@code null}. */
    public QueryJpql<T> and(String condition, String parameter, Object value) {
        if (value != null) {
            jpql.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** The page of rows in {@code orderBy} order; {@code orderBy} must end with a unique key to be stable. */
    public List<T> page(String orderBy, int offset, int limit) {
        TypedQuery<T> query = entityManager.createQuery(jpql + " order by " + orderBy, type);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<T> page(String orderBy, ListPage page) {
        return page(orderBy, page.offset(), page.limit());
    }
}
