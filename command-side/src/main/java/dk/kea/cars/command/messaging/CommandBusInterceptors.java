package dk.kea.cars.command.messaging;

import dk.kea.cars.api.common.Rejection;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Metadata on every command (spec §7), and "not found" as a rejection that survives a remote command bus.
 * Kept apart from {@link CommandMessagingConfig}: the command bus itself depends on the correlation data defined there.
 */
@Component
class CommandBusInterceptors {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(requestMetadata());
        commandBus.registerHandlerInterceptor(notFoundAsRejection());
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
        return name.replaceFirst("^[A-Z][a-z]+(?=[A-Z])", "").toLowerCase();
    }
}
