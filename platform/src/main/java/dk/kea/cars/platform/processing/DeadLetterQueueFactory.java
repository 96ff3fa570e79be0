package dk.kea.cars.platform.processing;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * Makes the dead-letter queue of a read model's processor in the store the read model lives in. The platform asks
 * the factories in their order and takes the first that keeps the processor's read model: MongoDB read models first,
 * then the JPA store, which keeps every other one.
 */
public interface DeadLetterQueueFactory {

    boolean keeps(String processingGroup);

    /**
     * Whether the queue and the read model commit and roll back with the processor's batch. Then a failing event's
     * batch is rolled back and the event parked when the batch runs again; otherwise it is parked where it failed
     * ({@link DeadLetterParking}).
     */
    boolean transactional();

    /**
     * Runs after each event's handlers, still as part of handling that event. A store that defers its writes to the
     * commit (JPA) writes them here, so a write that fails fails the event that made it, not a later one or the
     * whole batch.
     */
    default void afterEachEvent() {
    }

    /** Called on the queue's first use, not when the service starts. */
    SequencedDeadLetterQueue<EventMessage<?>> create(String processingGroup, Configuration axon);
}
