package dk.kea.cars.publicquery;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dk.kea.cars.publicquery.accessory.PublicAccessoryDocument;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import dk.kea.cars.publicquery.color.PublicColorDocument;
import dk.kea.cars.publicquery.insurance.PublicInsuranceDocument;
import dk.kea.cars.publicquery.model.PublicModelDocument;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for every test class of this module: MongoDB is an in-memory mongo-java-server, Axon runs
 * without Axon Server on an in-memory event store, so the real tracking processor and Mongo token store run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "axon.axonserver.enabled=false",
        "kea.cors.allowed-origins=http://localhost:*",
        // mongo-java-server does not know the 'hello' command Boot's Mongo health check sends; a real MongoDB does
        "management.health.mongodb.enabled=false"})
@Import(PublicTestAxonConfig.class)
public abstract class PublicQueryTestBase {

    private static final MongoServer MONGO = startMongo();

    @Autowired
    protected MongoTemplate mongo;

    /** Every test starts from an empty catalog; indexes and processor tokens stay. */
    @BeforeEach
    void emptyCatalog() {
        List.of(PublicBrandDocument.class, PublicColorDocument.class, PublicAccessoryDocument.class,
                PublicInsuranceDocument.class, PublicModelDocument.class)
                .forEach(type -> mongo.remove(new Query(), type));
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> uri(MONGO, "kea_public_test"));
    }

    static String uri(MongoServer server, String database) {
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    static MongoServer startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return server;
    }
}
