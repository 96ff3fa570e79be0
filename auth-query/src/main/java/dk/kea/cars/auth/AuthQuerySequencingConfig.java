package dk.kea.cars.auth;

import dk.kea.cars.platform.processing.ReadModelSequencing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each employee's credentials depend on that employee's events alone: a sequence per employee. Named in
 * {@code application.yml} ({@code axon.eventhandling.processors.auth-query.sequencing-policy}).
 */
@Configuration(proxyBeanMethods = false)
class AuthQuerySequencingConfig {

    @Bean
    ReadModelSequencing authQuerySequencing() {
        return ReadModelSequencing.perEntity();
    }
}
