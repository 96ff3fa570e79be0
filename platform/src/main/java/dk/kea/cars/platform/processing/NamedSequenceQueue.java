package dk.kea.cars.platform.processing;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * A read model's dead-letter queue as the platform uses it, around Axon's JPA or MongoDB queue:
 * <ul>
 *     <li>A sequence is stored under its identifier's text (an entity's UUID as written, a shared sequence's name).
 *     Axon's stores keep a non-text identifier as its hash code, under which two entities could share one
 *     sequence and an operator could not tell which entity is parked.</li>
 *     <li>Every letter records its sequence in its diagnostics ({@link #SEQUENCE}), so a listing can name it.</li>
 *     <li>An event is parked once, also when the batch that parked it in a store without transactions runs again.</li>
 *     <li>The store's queue is created on first use: a store that is down while the service starts does not stop
 *     it from starting (its processor retries as for any outage).</li>
 * </ul>
 */
final class NamedSequenceQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    /** The diagnostics entry naming a letter's sequence. */
    static final String SEQUENCE = "sequence";

    private final Supplier<SequencedDeadLetterQueue<EventMessage<?>>> store;
    private volatile SequencedDeadLetterQueue<EventMessage<?>> created;

    NamedSequenceQueue(Supplier<SequencedDeadLetterQueue<EventMessage<?>>> store) {
        this.store = store;
    }

    static String name(Object sequenceIdentifier) {
        return sequenceIdentifier.toString();
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        if (!holds(sequenceIdentifier, letter.message().getIdentifier())) {
            store().enqueue(name(sequenceIdentifier), named(sequenceIdentifier, letter));
        }
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier,
                                    Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder)
            throws DeadLetterQueueOverflowException {
        if (!contains(sequenceIdentifier)) {
            return false;
        }
        enqueue(sequenceIdentifier, letterBuilder.get());
        return true;
    }

    /**
     * Whether the event is parked already: a batch that failed after parking it in a store without transactions is
     * handled again, and parks it only once.
     */
    private boolean holds(Object sequenceIdentifier, String eventId) {
        for (DeadLetter<? extends EventMessage<?>> letter : store().deadLetterSequence(name(sequenceIdentifier))) {
            if (letter.message().getIdentifier().equals(eventId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        store().evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        store().requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return store().contains(name(sequenceIdentifier));
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return store().deadLetterSequence(name(sequenceIdentifier));
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return store().deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return store().isFull(name(sequenceIdentifier));
    }

    @Override
    public long size() {
        return store().size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return store().sequenceSize(name(sequenceIdentifier));
    }

    @Override
    public long amountOfSequences() {
        return store().amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>,
                                   EnqueueDecision<EventMessage<?>>> processingTask) {
        return store().process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        store().clear();
    }

    @SuppressWarnings("unchecked")
    private static DeadLetter<? extends EventMessage<?>> named(Object sequenceIdentifier,
                                                              DeadLetter<? extends EventMessage<?>> letter) {
        return ((DeadLetter<EventMessage<?>>) letter).withDiagnostics(
                diagnostics -> diagnostics.and(SEQUENCE, name(sequenceIdentifier)));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> store() {
        SequencedDeadLetterQueue<EventMessage<?>> queue = created;
        if (queue == null) {
            synchronized (this) {
                if (created == null) {
                    created = store.get();
                }
                queue = created;
            }
        }
        return queue;
    }
}
