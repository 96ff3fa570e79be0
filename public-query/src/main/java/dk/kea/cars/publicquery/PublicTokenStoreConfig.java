package dk.kea.cars.publicquery;

import dk.kea.cars.platform.freshness.ReadModelReads;
import dk.kea.cars.platform.processing.MongoReadModel;
import dk.kea.cars.platform.processing.ReadModelReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The public catalog lives in MongoDB, in the {@code public_} collections; its processor keeps its position next to
 * them ({@code public_tracking_tokens}, registered by the platform for this processing group only).
 */
@Configuration(proxyBeanMethods = false)
public class PublicTokenStoreConfig {

    public static final String PROCESSING_GROUP = "public-query";
    private static final MongoReadModel CATALOG = new MongoReadModel(PROCESSING_GROUP, "public_");

    @Bean
    MongoReadModel publicCatalogReadModel() {
        return CATALOG;
    }

    /** Every public read answers from this read model: it carries its position and may wait for one (README, Freshness). */
    @Bean
    ReadModelReads publicCatalogReads() {
        return ReadModelReads.gets(PROCESSING_GROUP, "dk.kea.cars.publicquery");
    }

    @Bean
    ReadModelReset emptyPublicCatalog(MongoTemplate mongo) {
        return CATALOG.reset(mongo);
    }
}
