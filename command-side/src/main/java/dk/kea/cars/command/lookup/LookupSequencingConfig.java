package dk.kea.cars.command.lookup;

import dk.kea.cars.api.car.CarEvent;
import dk.kea.cars.api.customer.CustomerEvent;
import dk.kea.cars.platform.processing.ReadModelSequencing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A customer and its cars form one sequence of the lookups' processor: the deletion cascade must see every car of a
 * customer before the customer's deletion, and a car created after it (see {@code DeletionProcesses}). Every other
 * aggregate is a sequence of its own. Named in {@code application.yml}
 * ({@code axon.eventhandling.processors.command-side-lookups.sequencing-policy}).
 */
@Configuration(proxyBeanMethods = false)
class LookupSequencingConfig {

    @Bean
    ReadModelSequencing lookupSequencing() {
        return ReadModelSequencing.perAggregateExcept(payload -> {
            if (payload instanceof CustomerEvent customer) {
                return customer.id();
            }
            return payload instanceof CarEvent car ? car.customerId() : null;
        });
    }
}
