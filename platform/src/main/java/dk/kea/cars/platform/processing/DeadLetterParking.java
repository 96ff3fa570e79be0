package dk.kea.cars.platform.processing;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a read model's processor parks an event, and how.
 * <p>
 * Axon's dead-lettering invoker hands a failed event to an {@link EnqueuePolicy}; a policy that declines to enqueue
 * makes Axon log the failure and go on, the event counted as handled: skipped. So the policy never declines:
 * <ul>
 *     <li>A <b>transient</b> failure ({@link ReadModelFailures}) is thrown on. The batch rolls back and the processor
 *     retries it as it always did (with the read-model guard restarting it once the store is back): the event is
 *     neither parked nor skipped.</li>
 *     <li>Any other failure is the event's own, and the event is parked; the later events of its sequence are parked
 *     behind it by Axon, every other sequence goes on.</li>
 * </ul>
 * Where the read model commits with the processor's batch (JPA), what each event's handlers changed is written
 * before the next event ({@link DeadLetterQueueFactory#afterEachEvent()}), so a write the database refuses fails the
 * event that made it. The failing event is not parked in the batch it failed in: that batch may hold half of what the
 * failing handler did, and a failed database statement may have left its transaction unable to commit at all. The event is remembered and the failure thrown on, so the batch rolls back;
 * when the processor handles the batch again, the events before it are applied as before and the remembered one is
 * parked without being handled ({@link #interceptor}). Each newly failing event costs its batch one such round, and
 * the read-model guard restarts a processor that failed for this reason at once, so rounds do not wait out Axon's
 * growing back-off. An event is remembered by the instance that saw it fail until its batch commits; if another
 * instance takes the segment over in between, that one sees it fail once itself. Where the read model has no
 * transaction to roll back (MongoDB), the event is parked where it failed.
 * <p>
 * A retry of parked events ({@link DeadLetterControl}) runs them through the same handlers; a failure there is
 * recorded by the retry itself ({@link #retrying}), never decided here.
 */
public class DeadLetterParking {

    /** Diagnostics of a letter: how often handling it failed. */
    static final String ATTEMPTS = "attempts";
    /** Diagnostics of a letter whose retry failed: that failure, which its cause (the first failure) is not. */
    static final String LAST_CAUSE_TYPE = "lastCauseType";
    static final String LAST_CAUSE_MESSAGE = "lastCauseMessage";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterParking.class);
    private static final int REMEMBERED = 1024;

    private final Map<Poison, Throwable> poisons = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Poison, Throwable> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private final ThreadLocal<RetryAttempt> retries = new ThreadLocal<>();
    private final Map<String, DeadLetterQueueFactory> stores = new ConcurrentHashMap<>();

    private record Poison(String processor, String eventId) {
    }

    /**
     * Gives every processor whose read model a factory keeps a dead-letter queue ({@link NamedSequenceQueue} around
     * the factory's), this class's policy and interceptor, and a reset that clears the queue in the transaction that
     * resets the positions: a replay handles every event again, and a letter left behind would park its sequence's
     * replayed events once more.
     */
    public void register(EventProcessingConfigurer processing, Supplier<Stream<DeadLetterQueueFactory>> factories) {
        processing.registerDefaultHandlerInterceptor((axon, processor) -> interceptor(processor, axon));
        processing.registerDeadLetterQueueProvider(group -> factories.get()
                .filter(factory -> factory.keeps(group)).findFirst()
                .map(factory -> queueOf(processing, group, factory)).orElse(null));
    }

    /** Axon asks for a group's queue before it builds the group's invoker, which then takes this policy and reset. */
    private Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>> queueOf(
            EventProcessingConfigurer processing, String group, DeadLetterQueueFactory factory) {
        stores.put(group, factory);
        processing.registerDeadLetterPolicy(group, axon -> policy(group, factory.transactional()));
        processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                (axon, invoker) -> invoker.allowReset(true));
        return axon -> new NamedSequenceQueue(() -> factory.create(group, axon));
    }

    /** The policy of one processor's dead-letter queue. */
    EnqueuePolicy<EventMessage<?>> policy(String processor, boolean transactional) {
        return (letter, cause) -> {
            RetryAttempt retry = retries.get();
            if (retry != null) {
                return retry.failed(letter, cause);
            }
            if (transactional) {
                throw rollBackTheBatch(processor, letter.message(), cause);
            }
            if (ReadModelFailures.isTransient(cause)) {
                throw rethrown(cause);
            }
            logParked(processor, letter.message(), cause);
            return Decisions.enqueue(ThrowableCause.truncated(cause), parked -> MetaData.with(ATTEMPTS, 1));
        };
    }

    /** What to throw for a failed event: the failure itself when transient, else after remembering the event. */
    private RuntimeException rollBackTheBatch(String processor, EventMessage<?> event, Throwable cause) {
        if (ReadModelFailures.isTransient(cause)) {
            return rethrown(cause);
        }
        poisons.put(new Poison(processor, event.getIdentifier()), cause);
        return new EventToPark(processor, event, cause);
    }

    /**
     * Parks, instead of handling it, an event this processor saw fail in a batch that was rolled back for it; lets
     * the store write what each event's handlers changed as part of handling it
     * ({@link DeadLetterQueueFactory#afterEachEvent()}). Retries of dead letters are handled as they come.
     */
    MessageHandlerInterceptor<EventMessage<?>> interceptor(String processor, Configuration axon) {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                    throws Exception {
                DeadLetterQueueFactory store = stores.get(processor);
                if (store == null) {
                    return chain.proceed();
                }
                if (unitOfWork.resources().containsKey(DeadLetter.class.getName())) {
                    Object result = chain.proceed();
                    store.afterEachEvent();
                    return result;
                }
                EventMessage<?> event = unitOfWork.getMessage();
                Poison poison = new Poison(processor, event.getIdentifier());
                Throwable cause = poisons.get(poison);
                if (cause != null) {
                    park(processor, axon.eventProcessingConfiguration(), event, cause);
                    unitOfWork.afterCommit(committed -> poisons.remove(poison));
                    return null;
                }
                Object result = chain.proceed();
                try {
                    store.afterEachEvent();
                } catch (RuntimeException writeFailed) {
                    throw rollBackTheBatch(processor, event, writeFailed);
                }
                return result;
            }
        };
    }

    private static void park(String processor, EventProcessingConfiguration processing, EventMessage<?> event,
                             Throwable cause) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processor).orElseThrow(() ->
                new IllegalStateException("Processor '" + processor + "' has no dead-letter queue"));
        Object sequence = Objects.requireNonNullElseGet(
                processing.sequencingPolicy(processor).getSequenceIdentifierFor(event), event::getIdentifier);
        Instant now = GenericDeadLetter.clock.instant();
        queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event, ThrowableCause.truncated(cause), now, now,
                MetaData.with(ATTEMPTS, 1)));
        logParked(processor, event, cause);
    }

    private static void logParked(String processor, EventMessage<?> event, Throwable cause) {
        log.warn("Processor '{}' parked event {} ({}) in its dead-letter queue: {}; later events of its sequence "
                        + "wait behind it, everything else goes on (GET /api/audit/dead-letters)",
                processor, event.getIdentifier(), event.getPayloadType().getSimpleName(),
                ThrowableCause.truncated(cause).message());
    }

    /**
     * Runs {@code retry} as a retry of dead letters: a failure of a handler it runs is recorded in the attempt, and
     * the letter left as it was for the caller to update.
     */
    <T> T retrying(RetryAttempt attempt, Callable<T> retry) throws Exception {
        retries.set(attempt);
        try {
            return retry.call();
        } finally {
            retries.remove();
        }
    }

    static int attempts(DeadLetter<?> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number attempts ? attempts.intValue() : 0;
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new TransientHandlerFailure(cause);
    }

    /** What one retry of dead letters ran into. */
    static final class RetryAttempt {

        private String failedEventId;
        private Throwable failure;

        private EnqueueDecision<EventMessage<?>> failed(DeadLetter<? extends EventMessage<?>> letter,
                                                       Throwable cause) {
            if (failure == null) {
                failedEventId = letter.message().getIdentifier();
                failure = cause;
            }
            return Decisions.requeue(null, DeadLetter::diagnostics);
        }

        String failedEventId() {
            return failedEventId;
        }

        Throwable failure() {
            return failure;
        }
    }

    /** Thrown to roll a batch back so that its failed event is parked when the batch is handled again. */
    static final class EventToPark extends RuntimeException {

        EventToPark(String processor, EventMessage<?> event, Throwable cause) {
            super("Processor '" + processor + "' failed to handle event " + event.getIdentifier() + " ("
                    + event.getPayloadType().getSimpleName() + "); the batch is rolled back and the event parked "
                    + "when it is handled again", cause);
        }
    }

    /** A checked transient failure, thrown on unchecked. */
    static final class TransientHandlerFailure extends RuntimeException {

        TransientHandlerFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
