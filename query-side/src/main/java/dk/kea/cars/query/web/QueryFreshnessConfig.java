package dk.kea.cars.query.web;

import dk.kea.cars.platform.freshness.ReadModelReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every read of the employee API answers from the read model of the {@code query-side} processor, so it carries that
 * read model's position and may wait for one (README, Freshness). The audit API reads the event store and the
 * processors themselves instead.
 */
@Configuration(proxyBeanMethods = false)
public class QueryFreshnessConfig {

    @Bean
    ReadModelReads querySideReads() {
        return ReadModelReads.gets("query-side", "dk.kea.cars.query").except("dk.kea.cars.query.audit");
    }
}
