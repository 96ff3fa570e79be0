package dk.kea.cars.platform.processing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.function.BooleanSupplier;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dead letters of read models kept with JPA, in Axon's {@code dead_letter_entry} table of the read model's own
 * database (Flyway script {@code db/axon}), written in the transaction of the batch that parks them. It keeps every
 * processor no other factory keeps, in a service that has JPA.
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
    public void afterEachEvent() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManagers.getObject().getEntityManager().flush();
        }
    }

    @Override
    public SequencedDeadLetterQueue<EventMessage<?>> create(String processingGroup, Configuration axon) {
        return new WithoutFlushPerEvent(JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .entityManagerProvider(entityManagers.getObject())
                .transactionManager(axon.getComponent(TransactionManager.class, NoTransactionManager::instance))
                .genericSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .maxSequences(limits.maxSequences())
                .maxSequenceSize(limits.maxSequenceSize()), entityManagers.getObject());
    }

    /**
     * Axon's queue, asked for every event whether the event's sequence is parked. That query would make Hibernate
     * flush (dirty-check) everything the batch changed so far before each event, which makes a batch cost the square
     * of its size; the only change it must see is a letter parked earlier in the batch, which is flushed right away.
     */
    private static final class WithoutFlushPerEvent extends JpaSequencedDeadLetterQueue<EventMessage<?>> {

        private final EntityManagerProvider entityManagers;

        private WithoutFlushPerEvent(Builder<EventMessage<?>> builder, EntityManagerProvider entityManagers) {
            super(builder);
            this.entityManagers = entityManagers;
        }

        @Override
        public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
                throws DeadLetterQueueOverflowException {
            super.enqueue(sequenceIdentifier, letter);
            entityManagers.getEntityManager().flush();
        }

        @Override
        public boolean contains(Object sequenceIdentifier) {
            return withoutAutoFlush(() -> super.contains(sequenceIdentifier));
        }

        private boolean withoutAutoFlush(BooleanSupplier query) {
            EntityManager entityManager = entityManagers.getEntityManager();
            FlushModeType flushMode = entityManager.getFlushMode();
            entityManager.setFlushMode(FlushModeType.COMMIT);
            try {
                return query.getAsBoolean();
            } finally {
                entityManager.setFlushMode(flushMode);
            }
        }
    }
}
