package dk.kea.cars.platform.logging;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The log context of a message being handled: the correlation id, causation id and employee id of its metadata and,
 * for an event processor, the processor's name, for exactly as long as the handler runs (interceptors wrap each
 * message, also each event of a batch). Messages sent while handling a request or a message carry the context's
 * entries they do not carry already ({@link #propagation()}), so their handlers, on whichever instance, log the same
 * correlation id. At DEBUG it logs each message it handled, which traces what one correlation id caused where.
 */
public final class MessageLogContext implements MessageHandlerInterceptor<Message<?>> {

    private static final Logger log = LoggerFactory.getLogger(MessageLogContext.class);

    private final String processor;

    private MessageLogContext(String processor) {
        this.processor = processor;
    }

    /** For a command or query bus. */
    public static MessageLogContext onBus() {
        return new MessageLogContext(null);
    }

    /** For the event processor of that name. */
    public static MessageLogContext inProcessor(String processor) {
        return new MessageLogContext(processor);
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        try (LogContext.Scope scope = LogContext.open(entries(message))) {
            Object result = chain.proceed();
            log.debug("Handled {}", message.getPayloadType().getSimpleName());
            return result;
        }
    }

    private Map<String, Object> entries(Message<?> message) {
        Map<String, Object> entries = new HashMap<>();
        LogContext.MESSAGE_KEYS.forEach(key -> entries.put(key, message.getMetaData().get(key)));
        entries.put(LogContext.PROCESSOR, processor);
        return entries;
    }

    /** Adds the sender's log context to an outgoing message's metadata, where the message has no entry of its own. */
    public static <M extends Message<?>> MessageDispatchInterceptor<M> propagation() {
        return messages -> (BiFunction<Integer, M, M>) (index, message) -> withContext(message);
    }

    @SuppressWarnings("unchecked")
    private static <M extends Message<?>> M withContext(M message) {
        Map<String, String> missing = LogContext.currentMessageEntries();
        missing.keySet().removeAll(message.getMetaData().keySet());
        return missing.isEmpty() ? message : (M) message.andMetaData(missing);
    }
}
