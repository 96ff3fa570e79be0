package dk.kea.cars.publicquery;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for every test class of this module: MongoDB is an in-memory mongo-java-server, Axon runs
 * without Axon Server on an in-memory event store, so the real tracking processor and Mongo token store run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "axon.axonserver.enabled=false")
@Import(PublicQueryTestBase.PublicTestAxon.class)
public abstract class PublicQueryTestBase {

    private static final MongoServer MONGO = startMongo();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        InetSocketAddress address = MONGO.getLocalAddress();
        registry.add("spring.mongodb.uri",
                () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/kea_public_test");
    }

    private static MongoServer startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return server;
    }

    /** Without Axon Server, Axon needs a store to stream events from; an in-memory one keeps tests self-contained. */
    @TestConfiguration(proxyBeanMethods = false)
    static class PublicTestAxon {

        @Bean
        EventStorageEngine publicTestEventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }
    }
}
