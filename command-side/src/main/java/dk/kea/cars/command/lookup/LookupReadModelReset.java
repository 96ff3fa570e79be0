package dk.kea.cars.command.lookup;

import dk.kea.cars.platform.processing.ReadModelReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * What a rebuild from scratch of the command side's lookups empties, children first. Name claims are not a read
 * model: command handlers write them with their events, so they stay.
 */
@Configuration(proxyBeanMethods = false)
public class LookupReadModelReset {

    static final List<String> TABLES = List.of("cmd_reference_color", "cmd_reference", "cmd_employee_access",
            "cmd_car");

    @Bean
    ReadModelReset emptyLookups(JdbcTemplate jdbc) {
        return new ReadModelReset("command-side-lookups",
                () -> TABLES.forEach(table -> jdbc.update("DELETE FROM " + table)));
    }
}
