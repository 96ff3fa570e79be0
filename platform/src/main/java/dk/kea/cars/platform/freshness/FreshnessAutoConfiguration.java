package dk.kea.cars.platform.freshness;

import com.mongodb.client.MongoClient;
import dk.kea.cars.platform.processing.MongoReadModel;
import java.util.List;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Freshness visible to clients in every service (README, Freshness): the event store's head for writes, and for the
 * reads each service declares ({@link ReadModelReads}) the read model's position and lag, the wait for a position,
 * and their API docs. The token stores are read where the processors keep them: Axon's JPA store or MongoDB.
 */
@AutoConfiguration
@EnableConfigurationProperties(FreshnessProperties.class)
public class FreshnessAutoConfiguration {

    @Bean
    public EventStoreHead keaEventStoreHead(EventStore events) {
        return new EventStoreHead(events::createHeadToken);
    }

    @Bean
    public ReadModelFreshness keaReadModelFreshness(EventProcessingConfiguration processing,
                                                    ObjectProvider<SegmentTokenReader> readers,
                                                    ObjectProvider<CommittedGaps> gaps, EventStoreHead head,
                                                    FreshnessProperties properties) {
        return new ReadModelFreshness(processing::tokenStore, readers.orderedStream().toList(),
                gaps.getIfAvailable(() -> CommittedGaps.ASSUME_ALL), head, properties.readingMaxAge());
    }

    /** Axon's JPA token store, and the gaps of the JPA event store's tokens. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.persistence.EntityManager")
    static class JpaStores {

        @Bean
        public SegmentTokenReader keaJpaSegmentTokens(ObjectProvider<EntityManagerProvider> entityManagers,
                                                      TransactionManager transactions) {
            return new JpaSegmentTokens(entityManagers::getObject, transactions);
        }

        /** Gaps exist only in the JPA event store's tokens; whichever store, only it can tell which are filled. */
        @Bean
        public CommittedGaps keaCommittedGaps(ObjectProvider<EventStorageEngine> engine,
                                              ObjectProvider<EntityManagerProvider> entityManagers,
                                              TransactionManager transactions) {
            JpaCommittedGaps jpa = new JpaCommittedGaps(entityManagers::getObject, transactions);
            return positions -> engine.getIfAvailable() instanceof JpaEventStorageEngine ? jpa.lowest(positions)
                    : CommittedGaps.ASSUME_ALL.lowest(positions);
        }
    }

    /** The token collections of the {@link MongoReadModel}s, as {@code MongoTokenStoreAutoConfiguration} sets them up. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MongoClient.class, MongoDatabaseFactory.class})
    static class MongoStores {

        @Bean
        public SegmentTokenReader keaMongoSegmentTokens(ObjectProvider<MongoReadModel> readModels,
                                                        ObjectProvider<MongoClient> client,
                                                        ObjectProvider<MongoDatabaseFactory> databases,
                                                        ObjectProvider<org.axonframework.config.Configuration> axon) {
            return new MongoSegmentTokens(readModels.orderedStream().toList(), client::getObject,
                    () -> databases.getObject().getMongoDatabase().getName(), () -> axon.getObject().serializer());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        public WebMvcConfigurer keaFreshReads(ObjectProvider<ReadModelReads> reads, ReadModelFreshness freshness,
                                              FreshnessProperties properties) {
            List<ReadModelReads> declared = reads.orderedStream().toList();
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(new FreshnessInterceptor(declared, freshness, properties.waitTimeout()));
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OperationCustomizer.class)
    static class ApiDocs {

        @Bean
        public OperationCustomizer keaFreshnessApiDocs(ObjectProvider<ReadModelReads> reads) {
            return new FreshnessApiDocs(reads.orderedStream().toList());
        }
    }
}
