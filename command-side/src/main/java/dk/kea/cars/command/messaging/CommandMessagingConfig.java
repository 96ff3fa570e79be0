package dk.kea.cars.command.messaging;

import dk.kea.cars.api.common.MetadataKeys;
import dk.kea.cars.api.common.Rejection;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Metadata on every command and event (spec §7), snapshots, and rejections that survive a remote command bus. */
@Configuration
public class CommandMessagingConfig {

    private static final List<String> PROPAGATED = List.of(
            MetadataKeys.EMPLOYEE_ID, MetadataKeys.CORRELATION_ID, MetadataKeys.CLIENT_ADDRESS);

    @Autowired
    void registerInterceptors(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(requestMetadata());
        commandBus.registerHandlerInterceptor(notFoundAsRejection());
    }

    /** Events inherit who and why from their command; the command itself is their cause. */
    @Bean
    public CorrelationDataProvider keaCorrelationData() {
        return message -> {
            Map<String, Object> data = new HashMap<>();
            PROPAGATED.forEach(key -> {
                Object value = message.getMetaData().get(key);
                if (value != null) {
                    data.put(key, value);
                }
            });
            data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
            return data;
        };
    }

    /** Loading an aggregate never replays more than this many events (spec §7). */
    @Bean
    public SnapshotTriggerDefinition keaSnapshotTrigger(Snapshotter snapshotter,
                                                        @Value("${kea.snapshot.threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    private static MessageDispatchInterceptor<CommandMessage<?>> requestMetadata() {
        return messages -> (BiFunction<Integer, CommandMessage<?>, CommandMessage<?>>) (index, command) -> {
            Map<String, Object> metadata = new HashMap<>(RequestMetadata.current());
            metadata.putAll(command.getMetaData());
            return command.andMetaData(metadata);
        };
    }

    private static MessageHandlerInterceptor<CommandMessage<?>> notFoundAsRejection() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (AggregateNotFoundException notFound) {
                throw Rejection.notFound("No " + describe(unitOfWork.getMessage()) + " with id "
                        + notFound.getAggregateIdentifier());
            }
        };
    }

    private static String describe(Message<?> command) {
        String name = command.getPayloadType().getSimpleName();
        return name.replaceFirst("^(Create|Update|Delete)", "").toLowerCase();
    }
}
