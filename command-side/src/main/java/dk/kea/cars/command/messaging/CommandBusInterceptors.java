package dk.kea.cars.command.messaging;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.common.Rejection;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Metadata on every command (spec §7), and an unknown id, or one of another type, as a rejection that survives a
 * remote command bus.
 * Kept apart from {@link CommandMessagingConfig}: the command bus itself depends on the correlation data defined there.
 */
@Component
class CommandBusInterceptors {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(requestMetadata());
        commandBus.registerHandlerInterceptor(unknownIdsAsRejections());
    }

    private static MessageDispatchInterceptor<CommandMessage<?>> requestMetadata() {
        return messages -> (BiFunction<Integer, CommandMessage<?>, CommandMessage<?>>) (index, command) -> {
            Map<String, Object> metadata = new HashMap<>(RequestMetadata.current());
            metadata.putAll(command.getMetaData());
            return command.andMetaData(metadata);
        };
    }

    private static MessageHandlerInterceptor<CommandMessage<?>> unknownIdsAsRejections() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (AggregateNotFoundException notFound) {
                throw Rejection.notFound("No " + describe(unitOfWork.getMessage()) + " with id "
                        + notFound.getAggregateIdentifier());
            } catch (IncompatibleAggregateException otherType) {
                throw idOfAnotherType(unitOfWork.getMessage());
            }
        };
    }

    /**
     * The id holds the events of an aggregate of another type (ids are client-chosen and shared by all types): a
     * create cannot take it, and for any other command there is no such entity of the type it addresses.
     */
    private static CommandExecutionException idOfAnotherType(CommandMessage<?> command) {
        String id = TARGETS.resolveTarget(command).getIdentifier();
        if (command.getPayload() instanceof CreateCommand) {
            return Rejection.conflict("The id " + id + " is taken by an entity of another type");
        }
        return Rejection.notFound("No " + describe(command) + " with id " + id);
    }

    private static String describe(Message<?> command) {
        String name = command.getPayloadType().getSimpleName();
        return name.replaceFirst("^[A-Z][a-z]+(?=[A-Z])", "").toLowerCase();
    }
}
