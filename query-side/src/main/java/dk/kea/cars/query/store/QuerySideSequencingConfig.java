package dk.kea.cars.query.store;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.api.purchase.PurchaseEvent;
import dk.kea.cars.platform.processing.ReadModelSequencing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Customers, cars and purchases form one sequence of the query-side processor: their projections write each
 * other's rows (a deleted customer hides its cars and their purchases, a deleted car its purchase). Employees and
 * catalog entries, joined only when a view is read, are a sequence per aggregate. Named in {@code application.yml}
 * ({@code axon.eventhandling.processors.query-side.sequencing-policy}).
 */
@Configuration(proxyBeanMethods = false)
class QuerySideSequencingConfig {

    static final String SALES = "customers-cars-purchases";

    @Bean
    ReadModelSequencing querySideSequencing() {
        return ReadModelSequencing.perAggregateExcept(payload ->
                payload instanceof CustomerEvent || payload instanceof CarEvent || payload instanceof PurchaseEvent
                        ? SALES : null);
    }
}
