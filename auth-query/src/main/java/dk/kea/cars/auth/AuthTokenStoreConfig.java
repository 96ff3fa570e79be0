package dk.kea.cars.auth;

import dk.kea.cars.platform.freshness.ReadModelReads;
import dk.kea.cars.platform.processing.MongoReadModel;
import dk.kea.cars.platform.processing.ReadModelReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Set;

/**
 * The credentials read model lives in MongoDB, in the {@code auth_} collections; its processor keeps its position next
 * to them ({@code auth_tracking_tokens}, registered by the platform for this processing group only).
 */
@Configuration(proxyBeanMethods = false)
public class AuthTokenStoreConfig {

    public static final String PROCESSING_GROUP = "auth-query";
    private static final MongoReadModel CREDENTIALS = new MongoReadModel(PROCESSING_GROUP, "auth_");

    @Bean
    MongoReadModel credentialsReadModel() {
        return CREDENTIALS;
    }

    /**
     * A login answers from the credentials read model: it carries its position and may wait for one, so an employee
     * created through another replica can log in at once (README, Freshness). The keys are not read from it.
     */
    @Bean
    ReadModelReads credentialsReads() {
        return new ReadModelReads(PROCESSING_GROUP, "dk.kea.cars.auth.login", Set.of("POST"), Set.of());
    }

    @Bean
    ReadModelReset emptyCredentials(MongoTemplate mongo) {
        return CREDENTIALS.reset(mongo);
    }
}
