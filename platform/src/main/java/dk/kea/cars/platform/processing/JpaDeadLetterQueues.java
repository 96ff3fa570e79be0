package dk.kea.cars.platform.processing;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Dead letters of read models kept with JPA, in Axon's {@code dead_letter_entry} table of the read model's own
 * database (Flyway script {@code db/axon}), written in the transaction of the batch that parks them.
 */
final class JpaDeadLetterQueues implements DeadLetterQueueFactory {

    private final ObjectProvider<EntityManagerProvider> entityManagers;
    private final DeadLetterProperties limits;

    JpaDeadLetterQueues(ObjectProvider<EntityManagerProvider> entityManagers, DeadLetterProperties limits) {
        this.entityManagers = entityManagers;
        this.limits = limits;
    }

    @Override
    public boolean keeps(String processingGroup) {
        return entityManagers.getIfAvailable() != null;
    }

    @Override
    public boolean transactional() {
        return true;
    }

    @Override
    public SequencedDeadLetterQueue<EventMessage<?>> create(String processingGroup, Configuration axon) {
        return JpaSequencedDeadLetterQueue.builder()
                .processingGroup(processingGroup)
                .entityManagerProvider(entityManagers.getObject())
                .transactionManager(axon.getComponent(TransactionManager.class, NoTransactionManager::instance))
                .genericSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .maxSequences(limits.maxSequences())
                .maxSequenceSize(limits.maxSequenceSize())
                .build();
    }
}
