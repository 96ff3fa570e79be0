package dk.kea.cars.auth;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Without Axon Server, Axon needs a store to stream events from. An in-memory engine keeps the tests free of a
 * SQL database while the real tracking processor (and its Mongo token store) still runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuthTestAxonConfig {

    @Bean
    EventStorageEngine authTestEventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }
}
