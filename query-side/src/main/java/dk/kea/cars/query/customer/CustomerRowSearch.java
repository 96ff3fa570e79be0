package dk.kea.cars.query.customer;

import dk.kea.cars.query.store.QueryJpql;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The customer list of spec §4: live customers only, optionally by email substring, sorted by email. */
@Component
public class CustomerRowSearch {

    // '!' rather than '\': a backslash in an SQL literal is itself an escape on MySQL
    private static final char ESCAPE = '!';

    private final EntityManager entityManager;

    public CustomerRowSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param emailFilter {@code null} or blank for every customer, else a case-insensitive substring of the email */
    public List<CustomerRow> find(String emailFilter, int offset, int limit) {
        return QueryJpql.select(entityManager, CustomerRow.class,
                        "select c from CustomerRow c where c.deleted = false")
                .and("c.emailLower like :email escape '" + ESCAPE + "'", "email", containing(emailFilter))
                .page("c.emailLower, c.id", offset, limit);
    }

    private static String containing(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        String literal = filter.strip().toLowerCase(Locale.ROOT)
                .replace(String.valueOf(ESCAPE), ESCAPE + "" + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
        return "%" + literal + "%";
    }
}
