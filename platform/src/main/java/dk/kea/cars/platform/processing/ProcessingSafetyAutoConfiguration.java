package dk.kea.cars.platform.processing;

import dk.kea.cars.platform.outage.StoreOutageLog;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;

/**
 * The event-processing defaults of every service: a handler that fails because a store is unreachable is retried,
 * never skipped, and one that fails for good parks the event's sequence in the read model's dead-letter queue
 * ({@link DeadLetterParking}, {@link DeadLetterControl}); read models are
 * checked against their event store ({@link ReadModelGuard}), can be rebuilt from scratch ({@link ReadModelRebuild}),
 * and are reported, replayed and rebuilt across every instance over Axon's buses ({@link ReadModelControl},
 * {@link ReadModelOperations}).
 */
@AutoConfiguration
@EnableConfigurationProperties({ProcessingSafetyProperties.class, DeadLetterProperties.class})
public class ProcessingSafetyAutoConfiguration {

    @Bean
    public StoreOutageLog keaStoreOutageLog() {
        return new StoreOutageLog();
    }

    @Bean
    public ReadModelGuard keaReadModelGuard(EventProcessingConfiguration processing, EventStore events,
                                            TransactionManager transactions, StoreOutageLog outages,
                                            ProcessingSafetyProperties properties) {
        return new ReadModelGuard(processing, events, transactions, outages, properties.restartAfterOutage(),
                Clock.systemUTC());
    }

    @Bean
    public ReadModelRebuild keaReadModelRebuild(EventProcessingConfiguration processing,
                                                TransactionManager transactions, ReadModelGuard guard,
                                                List<ReadModelReset> resets) {
        return new ReadModelRebuild(processing, transactions, guard, resets);
    }

    @Bean
    public ReadModelControl keaReadModelControl(EventProcessingConfiguration processing, EventStore events,
                                                TransactionManager transactions, ReadModelGuard guard,
                                                ReadModelRebuild rebuilds, DeadLetterControl deadLetters,
                                                ProcessingSafetyProperties properties, Environment environment) {
        return new ReadModelControl(processing, events, transactions, guard, rebuilds, deadLetters,
                instance(environment), properties.pauseLease(), Clock.systemUTC());
    }

    @Bean
    public DeadLetterParking keaDeadLetterParking() {
        return new DeadLetterParking();
    }

    @Bean
    public DeadLetterControl keaDeadLetterControl(EventProcessingConfiguration processing, DeadLetterParking parking,
                                                  Environment environment) {
        return new DeadLetterControl(processing, parking, instance(environment));
    }

    @Bean
    public DeadLetterOperations keaDeadLetterOperations(QueryGateway queries, CommandGateway commands,
                                                        ProcessingSafetyProperties properties) {
        return new DeadLetterOperations(queries, commands, properties.controlTimeout());
    }

    /** Dead letters of the read models kept with JPA: every processor no other factory keeps. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.persistence.EntityManager")
    static class JpaDeadLetters {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        DeadLetterQueueFactory keaJpaDeadLetterQueues(ObjectProvider<EntityManagerProvider> entityManagers,
                                                      DeadLetterProperties limits) {
            return new JpaDeadLetterQueues(entityManagers, limits);
        }
    }

    /**
     * Every read model's processor parks the events it fails to handle for good in a dead-letter queue of its store
     * ({@link DeadLetterParking}), and clears it when it is reset for a replay. Registered by the last module, so it
     * takes the place of the provider Axon's JPA auto-configuration registers for processors that switch
     * {@code axon.eventhandling.processors.<name>.dlq.enabled} on.
     */
    @Bean
    public ConfigurerModule keaDeadLetterQueues(EventProcessingConfigurer processing,
                                                ObjectProvider<DeadLetterQueueFactory> factories,
                                                DeadLetterParking parking) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                parking.register(processing, factories::orderedStream);
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    @Bean
    public ReadModelOperations keaReadModelOperations(QueryGateway queries, CommandGateway commands,
                                                      ProcessingSafetyProperties properties) {
        return new ReadModelOperations(queries, commands, properties.controlTimeout(), Clock.systemUTC());
    }

    /** Axon Server's client id, unique per instance; without Axon Server, the application and the JVM. */
    private static String instance(Environment environment) {
        return environment.getProperty("axon.axonserver.client-id",
                environment.getProperty("spring.application.name", "kea-cars") + "@"
                        + ManagementFactory.getRuntimeMXBean().getName());
    }

    @Bean("readModels")
    public ReadModelHealth keaReadModelHealth(ReadModelGuard guard) {
        return new ReadModelHealth(guard);
    }

    /**
     * A handler that fails does not skip the event (Axon's default logs and moves on, which would leave the read
     * model silently behind): the batch rolls back and is retried. The guard looks at the stored positions before
     * the processors start (they start in phase {@link Phase#INBOUND_EVENT_CONNECTORS}) and keeps checking after.
     */
    @Bean
    public ConfigurerModule keaProcessingSafety(EventProcessingConfigurer processing,
                                                ObjectProvider<ReadModelGuard> guard,
                                                ObjectProvider<ReadModelControl> control,
                                                ObjectProvider<ReadModelOperations> operations,
                                                ObjectProvider<QueryBus> queryBus,
                                                ObjectProvider<CommandBus> commandBus,
                                                ObjectProvider<DeadLetterControl> deadLetters,
                                                ObjectProvider<MeterRegistry> meters,
                                                ProcessingSafetyProperties properties) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        return configurer -> {
            configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> guard.getObject().checkStoredPositions());
            configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS + 1, () -> {
                guard.getObject().stopThoseAhead();
                guard.getObject().startChecks(properties.checkInterval());
            });
            configurer.onShutdown(Phase.INBOUND_EVENT_CONNECTORS + 1, () -> guard.getObject().stopChecks());
            configurer.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> control.getObject().subscribe(queryBus.getObject(), commandBus.getObject()));
            configurer.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS, () -> {
                deadLetters.getObject().subscribe(queryBus.getObject(), commandBus.getObject());
                meters.ifAvailable(deadLetters.getObject()::registerGauges);
            });
            configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS + 1,
                    () -> control.getObject().startTicks(properties.checkInterval(),
                            new SegmentBalancer(operations.getObject(), control.getObject(),
                                    properties.balanceInterval().multipliedBy(2)),
                            properties.balanceInterval()));
            configurer.onShutdown(Phase.INBOUND_EVENT_CONNECTORS + 1, () -> control.getObject().stopTicks());
        };
    }
}
