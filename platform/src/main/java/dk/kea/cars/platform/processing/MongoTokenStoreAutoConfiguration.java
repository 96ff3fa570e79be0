package dk.kea.cars.platform.processing;

import com.mongodb.client.MongoClient;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The processor of every {@link MongoReadModel} keeps its position and its dead letters in MongoDB, next to its
 * documents; registered for those processing groups only (in standalone the others keep theirs in the JPA store).
 */
@AutoConfiguration
@ConditionalOnClass({MongoTokenStore.class, MongoDatabaseFactory.class})
public class MongoTokenStoreAutoConfiguration {

    /** A module, so Axon applies it before it builds the processors. */
    @Bean
    public ConfigurerModule keaMongoTokenStores(EventProcessingConfigurer processing,
                                                ObjectProvider<MongoReadModel> readModels,
                                                ObjectProvider<MongoClient> client,
                                                ObjectProvider<MongoDatabaseFactory> databases) {
        return configurer -> readModels.orderedStream().forEach(model -> processing.registerTokenStore(
                model.processingGroup(), axon -> MongoTokenStore.builder()
                        .mongoTemplate(DefaultMongoTemplate.builder()
                                .mongoDatabase(client.getObject(), databases.getObject().getMongoDatabase().getName())
                                .trackingTokensCollectionName(model.tokenCollection())
                                .build())
                        .serializer(axon.serializer())
                        .build()));
    }

    /** Their dead letters too stay next to their documents; asked before the JPA store, which takes the rest. */
    @Bean
    @Order(0)
    public DeadLetterQueueFactory keaMongoDeadLetterQueues(ObjectProvider<MongoReadModel> readModels,
                                                           ObjectProvider<MongoClient> client,
                                                           ObjectProvider<MongoDatabaseFactory> databases,
                                                           DeadLetterProperties limits) {
        return new MongoDeadLetterQueues(readModels, client, databases, limits);
    }
}
