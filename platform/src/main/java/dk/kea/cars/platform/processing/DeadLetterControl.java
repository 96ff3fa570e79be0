package dk.kea.cars.platform.processing;

import dk.kea.cars.api.readmodel.DeadLetterReport;
import dk.kea.cars.api.readmodel.DeadLetterRetries;
import dk.kea.cars.api.readmodel.EvictDeadLetters;
import dk.kea.cars.api.readmodel.FindDeadLetters;
import dk.kea.cars.api.readmodel.ParkedEvent;
import dk.kea.cars.api.readmodel.ProcessorDeadLetters;
import dk.kea.cars.api.readmodel.RetryDeadLetters;
import dk.kea.cars.api.readmodel.SequenceRetry;
import dk.kea.cars.platform.processing.DeadLetterParking.RetryAttempt;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's side of the dead-letter operations: it lists, counts, retries and evicts the parked events of the
 * processors it runs, when asked over Axon's buses ({@link DeadLetterOperations} is the side that asks). The dead
 * letters of a service live in its own store, shared by its instances, so any one instance can answer for all.
 * <p>
 * A retry runs a sequence's letters through the processor's handlers, in order, in one transaction of its own (on a
 * thread of its own, away from the bus's transaction). If every letter succeeds the sequence is drained. If one
 * fails, the transaction is rolled back, so nothing of the failed retry stays in the read model (on MongoDB, which
 * has no transactions here, the letters handled before the failing one stay applied and are removed), and the
 * failing letter records one more attempt and the new failure. A failure that says the store was unreachable changes
 * nothing.
 */
public class DeadLetterControl implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterControl.class);

    /** The gauge of each processor's parked events, tagged {@code processor}. */
    public static final String GAUGE = "kea.read_model.dead_letters";

    private final EventProcessingConfiguration processing;
    private final DeadLetterParking parking;
    private final String instance;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dead-letter-retries");
        thread.setDaemon(true);
        return thread;
    });

    public DeadLetterControl(EventProcessingConfiguration processing, DeadLetterParking parking, String instance) {
        this.processing = processing;
        this.parking = parking;
        this.instance = instance;
    }

    /** Puts the handlers on the buses; commands only under the names of the processors this instance runs. */
    void subscribe(QueryBus queries, CommandBus commands) {
        new AnnotationQueryHandlerAdapter<>(new Handlers()).subscribe(queries);
        processorsWithQueues().forEach(name -> {
            commands.subscribe(RetryDeadLetters.commandName(name), command ->
                    onWorker(() -> retry(name, ((RetryDeadLetters) command.getPayload()).sequence())));
            commands.subscribe(EvictDeadLetters.commandName(name), command ->
                    onWorker(() -> evict(name, ((EvictDeadLetters) command.getPayload()).sequence())));
        });
    }

    /** The query handler; not a bean of its own, so Axon's handler lookup cannot register it a second time. */
    private final class Handlers {

        @QueryHandler
        DeadLetterReport handle(FindDeadLetters query) {
            return report(query.processor(), query.limit());
        }
    }

    void registerGauges(MeterRegistry meters) {
        processorsWithQueues().forEach(name -> Gauge.builder(GAUGE, this, control -> control.gaugeValue(name))
                .description("Events the read model's processor has parked in its dead-letter queue")
                .tag("processor", name)
                .register(meters));
    }

    /** How many events {@code processor} has parked; empty when it has no queue here or its store is unreachable. */
    public OptionalLong count(String processor) {
        return queue(processor).map(queue -> {
            try {
                return OptionalLong.of(queue.size());
            } catch (RuntimeException failure) {
                if (ReadModelFailures.isTransient(failure)) {
                    return OptionalLong.empty();
                }
                throw failure;
            }
        }).orElse(OptionalLong.empty());
    }

    public DeadLetterReport report(String processor, int limit) {
        return new DeadLetterReport(instance, processorsWithQueues()
                .filter(name -> processor == null || processor.equals(name))
                .map(name -> letters(name, limit)).toList());
    }

    private ProcessorDeadLetters letters(String processor, int limit) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElseThrow();
        return transactions(processor).fetchInTransaction(() -> {
            List<ParkedEvent> letters = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (letters.size() >= limit) {
                        return new ProcessorDeadLetters(processor, queue.size(), letters);
                    }
                    letters.add(parked(letter));
                }
            }
            return new ProcessorDeadLetters(processor, queue.size(), letters);
        });
    }

    /** Retries one sequence, or every sequence when {@code sequence} is null, one after the other. */
    DeadLetterRetries retry(String processor, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElseThrow();
        List<String> sequences = sequence != null ? List.of(sequence) : sequences(processor, queue);
        List<SequenceRetry> outcomes = new ArrayList<>();
        for (String each : sequences) {
            firstLetter(processor, queue, each)
                    .map(first -> retrySequence(processor, queue, each, first.message().getIdentifier()))
                    .ifPresent(outcomes::add);
        }
        return new DeadLetterRetries(outcomes);
    }

    private SequenceRetry retrySequence(String processor, SequencedDeadLetterQueue<EventMessage<?>> queue,
                                        String sequence, String firstEventId) {
        SequencedDeadLetterProcessor<EventMessage<?>> retrier =
                processing.sequencedDeadLetterProcessor(processor).orElseThrow();
        TransactionManager transactions = transactions(processor);
        RetryAttempt attempt = new RetryAttempt();
        Transaction transaction = transactions.startTransaction();
        boolean drained;
        try {
            drained = parking.retrying(attempt, () ->
                    retrier.process(letter -> letter.message().getIdentifier().equals(firstEventId)));
        } catch (Exception failure) {
            transaction.rollback();
            if (attempt.failure() == null && !ReadModelFailures.isTransient(failure)) {
                throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
            }
            return attempt.failure() != null ? failed(processor, queue, sequence, attempt, attempt.failure())
                    : unavailable(processor, queue, sequence, failure);
        }
        if (attempt.failure() != null) {
            transaction.rollback();
            return failed(processor, queue, sequence, attempt, attempt.failure());
        }
        try {
            transaction.commit();
        } catch (RuntimeException failure) {
            if (ReadModelFailures.isTransient(failure)) {
                return unavailable(processor, queue, sequence, failure);
            }
            throw failure;
        }
        long remaining = queue.sequenceSize(sequence);
        if (drained) {
            log.info("Processor '{}': retried dead-letter sequence '{}', every event applied", processor, sequence);
            return new SequenceRetry(sequence, SequenceRetry.Result.DRAINED, remaining, null, null);
        }
        return new SequenceRetry(sequence, SequenceRetry.Result.BUSY, remaining, null, null);
    }

    private SequenceRetry failed(String processor, SequencedDeadLetterQueue<EventMessage<?>> queue, String sequence,
                                 RetryAttempt attempt, Throwable failure) {
        if (ReadModelFailures.isTransient(failure)) {
            return unavailable(processor, queue, sequence, failure);
        }
        ThrowableCause cause = ThrowableCause.truncated(failure);
        transactions(processor).executeInTransaction(() -> letter(queue, sequence, attempt.failedEventId())
                .ifPresent(letter -> queue.requeue(letter, touched -> touched.withDiagnostics(touched.diagnostics()
                        .and(DeadLetterParking.ATTEMPTS, DeadLetterParking.attempts(touched) + 1)
                        .and(DeadLetterParking.LAST_CAUSE_TYPE, cause.type())
                        .and(DeadLetterParking.LAST_CAUSE_MESSAGE, String.valueOf(cause.message()))))));
        log.warn("Processor '{}': retry of dead-letter sequence '{}' failed again at event {}: {}", processor,
                sequence, attempt.failedEventId(), cause.message());
        return new SequenceRetry(sequence, SequenceRetry.Result.FAILED, queue.sequenceSize(sequence), cause.type(),
                cause.message());
    }

    private SequenceRetry unavailable(String processor, SequencedDeadLetterQueue<EventMessage<?>> queue,
                                      String sequence, Throwable failure) {
        log.warn("Processor '{}': retry of dead-letter sequence '{}' could not reach the store ({}); nothing changed",
                processor, sequence, failure.toString());
        long remaining;
        try {
            remaining = queue.sequenceSize(sequence);
        } catch (RuntimeException stillUnreachable) {
            remaining = -1;
        }
        ThrowableCause cause = ThrowableCause.truncated(failure);
        return new SequenceRetry(sequence, SequenceRetry.Result.UNAVAILABLE, remaining, cause.type(),
                cause.message());
    }

    /** Drops every letter of the sequence; answers how many. */
    long evict(String processor, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElseThrow();
        long evicted = transactions(processor).fetchInTransaction(() -> {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            queue.deadLetterSequence(sequence).forEach(letters::add);
            letters.forEach(queue::evict);
            return (long) letters.size();
        });
        if (evicted > 0) {
            log.warn("Processor '{}': evicted dead-letter sequence '{}' ({} events); they are not applied",
                    processor, sequence, evicted);
        }
        return evicted;
    }

    private List<String> sequences(String processor, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        return transactions(processor).fetchInTransaction(() -> {
            List<String> sequences = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                var letters = sequence.iterator();
                if (letters.hasNext()) {
                    sequences.add(sequenceOf(letters.next()));
                }
            }
            return sequences;
        });
    }

    private Optional<DeadLetter<? extends EventMessage<?>>> firstLetter(
            String processor, SequencedDeadLetterQueue<EventMessage<?>> queue, String sequence) {
        return transactions(processor).fetchInTransaction(() -> {
            var letters = queue.deadLetterSequence(sequence).iterator();
            return letters.hasNext() ? Optional.of(letters.next()) : Optional.empty();
        });
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> letter(
            SequencedDeadLetterQueue<EventMessage<?>> queue, String sequence, String eventId) {
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
            if (letter.message().getIdentifier().equals(eventId)) {
                return Optional.of(letter);
            }
        }
        return Optional.empty();
    }

    private static ParkedEvent parked(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> message ? message : null;
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent()
                ? tracked.trackingToken().position().getAsLong() : null;
        Object lastType = letter.diagnostics().get(DeadLetterParking.LAST_CAUSE_TYPE);
        String causeType = lastType != null ? lastType.toString() : letter.cause().map(Cause::type).orElse(null);
        String causeMessage = lastType != null
                ? String.valueOf(letter.diagnostics().get(DeadLetterParking.LAST_CAUSE_MESSAGE))
                : letter.cause().map(Cause::message).orElse(null);
        return new ParkedEvent(sequenceOf(letter), event.getPayloadType().getSimpleName(), event.getIdentifier(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), position, event.getTimestamp(), causeType,
                causeMessage, letter.enqueuedAt(), letter.lastTouched(), DeadLetterParking.attempts(letter));
    }

    private static String sequenceOf(DeadLetter<?> letter) {
        return String.valueOf(letter.diagnostics().get(NamedSequenceQueue.SEQUENCE));
    }

    private double gaugeValue(String processor) {
        OptionalLong count = count(processor);
        return count.isPresent() ? count.getAsLong() : Double.NaN;
    }

    Stream<String> processorsWithQueues() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.getName())
                .filter(name -> queue(name).isPresent())
                .sorted();
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processor) {
        return processing.deadLetterQueue(processor);
    }

    private TransactionManager transactions(String processor) {
        return processing.transactionManager(processor);
    }

    /** Away from the bus's unit of work and transaction, so a retry commits or rolls back by itself. */
    private <T> T onWorker(Callable<T> task) throws Exception {
        try {
            return worker.submit(task).get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception exception ? exception : failed;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
