package dk.kea.cars.query.store;

import dk.kea.cars.platform.processing.ReadModelReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** What a rebuild from scratch of the query-side read model empties: every {@code qry_} table, children first. */
@Configuration(proxyBeanMethods = false)
public class QueryReadModelReset {

    static final List<String> TABLES = List.of("qry_model_color", "qry_car_accessory", "qry_car_insurance",
            "qry_purchase", "qry_car", "qry_model", "qry_brand", "qry_color", "qry_accessory", "qry_insurance",
            "qry_employee", "qry_customer");

    @Bean
    ReadModelReset emptyQueryReadModel(JdbcTemplate jdbc) {
        return new ReadModelReset("query-side", () -> TABLES.forEach(table -> jdbc.update("DELETE FROM " + table)));
    }
}
