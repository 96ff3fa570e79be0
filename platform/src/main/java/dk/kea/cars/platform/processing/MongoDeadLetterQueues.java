package dk.kea.cars.platform.processing;

import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Dead letters of {@link MongoReadModel}s, in axon-mongo's MongoDB queue, in the collection
 * {@link MongoReadModel#deadLetterCollection()} next to the read model's documents and positions.
 */
final class MongoDeadLetterQueues implements DeadLetterQueueFactory {

    private final ObjectProvider<MongoReadModel> readModels;
    private final ObjectProvider<MongoClient> client;
    private final ObjectProvider<MongoDatabaseFactory> databases;
    private final DeadLetterProperties limits;

    MongoDeadLetterQueues(ObjectProvider<MongoReadModel> readModels, ObjectProvider<MongoClient> client,
                          ObjectProvider<MongoDatabaseFactory> databases, DeadLetterProperties limits) {
        this.readModels = readModels;
        this.client = client;
        this.databases = databases;
        this.limits = limits;
    }

    @Override
    public boolean keeps(String processingGroup) {
        return readModels.orderedStream().anyMatch(model -> model.processingGroup().equals(processingGroup));
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public SequencedDeadLetterQueue<EventMessage<?>> create(String processingGroup, Configuration axon) {
        MongoReadModel model = readModels.orderedStream()
                .filter(candidate -> candidate.processingGroup().equals(processingGroup)).findFirst().orElseThrow();
        return MongoSequencedDeadLetterQueue.builder()
                .processingGroup(processingGroup)
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client.getObject(), databases.getObject().getMongoDatabase().getName())
                        .deadLetterCollectionName(model.deadLetterCollection())
                        .build())
                .transactionManager(axon.getComponent(TransactionManager.class, NoTransactionManager::instance))
                .serializer(axon.eventSerializer())
                .maxSequences(limits.maxSequences())
                .maxSequenceSize(limits.maxSequenceSize())
                .build();
    }
}
