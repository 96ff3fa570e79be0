package dk.kea.cars.auth;

import dk.kea.cars.platform.processing.ReadModelReset;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.annotation.Bean;
import com.mongodb.client.MongoClient;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The auth-query processor keeps its position next to its documents, in MongoDB, whatever token store the other
 * processors of the same context use. Registered for this processing group only.
 */
@Configuration(proxyBeanMethods = false)
public class AuthTokenStoreConfig {

    public static final String PROCESSING_GROUP = "auth-query";
    static final String TOKEN_COLLECTION = "auth_tracking_tokens";

    @Autowired
    void configureAuthTokenStore(EventProcessingConfigurer processing, MongoClient client,
                                 MongoDatabaseFactory databases) {
        String database = databases.getMongoDatabase().getName();
        processing.registerTokenStore(PROCESSING_GROUP, axon -> MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, database)
                        .trackingTokensCollectionName(TOKEN_COLLECTION)
                        .build())
                .serializer(axon.serializer())
                .build());
    }

    /** Rebuilding from scratch empties every auth_ collection but the positions, which the rebuild deletes itself. */
    @Bean
    ReadModelReset emptyCredentials(MongoTemplate mongo) {
        return new ReadModelReset(PROCESSING_GROUP, () -> mongo.getCollectionNames().stream()
                .filter(collection -> collection.startsWith("auth_") && !collection.equals(TOKEN_COLLECTION))
                .forEach(collection -> mongo.remove(new Query(), collection)));
    }
}
