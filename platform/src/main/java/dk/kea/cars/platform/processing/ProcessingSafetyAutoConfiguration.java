package dk.kea.cars.platform.processing;

import dk.kea.cars.platform.outage.StoreOutageLog;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
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
 * The event-processing defaults of every service: failed handlers are retried, never skipped; read models are
 * checked against their event store ({@link ReadModelGuard}), can be rebuilt from scratch ({@link ReadModelRebuild}),
 * and are reported, replayed and rebuilt across every instance over Axon's buses ({@link ReadModelControl},
 * {@link ReadModelOperations}).
 */
@AutoConfiguration
@EnableConfigurationProperties(ProcessingSafetyProperties.class)
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
                                                ReadModelRebuild rebuilds, ProcessingSafetyProperties properties,
                                                Environment environment) {
        return new ReadModelControl(processing, events, transactions, guard, rebuilds, instance(environment),
                properties.pauseLease(), Clock.systemUTC());
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
            configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS + 1,
                    () -> control.getObject().startTicks(properties.checkInterval(),
                            new SegmentBalancer(operations.getObject(), control.getObject(),
                                    properties.balanceInterval().multipliedBy(2)),
                            properties.balanceInterval()));
            configurer.onShutdown(Phase.INBOUND_EVENT_CONNECTORS + 1, () -> control.getObject().stopTicks());
        };
    }
}
