package dk.kea.cars.standalone;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dk.kea.cars.command.image.ModelImageDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.io.File;
import java.net.InetSocketAddress;

/**
 * A real MongoDB wire-protocol server in this JVM (mongo-java-server) for auth-query's and public-query's read
 * models. The services talk to it with the ordinary MongoDB driver, exactly as they talk to MongoDB in production;
 * only the connection string differs. With a file configured it keeps its data on disk, every change written before
 * it is acknowledged ({@link DurableH2Backend}).
 */
@Configuration
public class EmbeddedMongoConfig {

    @Bean(destroyMethod = "shutdownNow")
    public MongoServer embeddedMongoServer(@Value("${kea.embedded-mongo.file:}") String file,
                                           @Value("${kea.embedded-mongo.port:0}") int port) {
        MongoServer server = new MongoServer(backend(file));
        server.bind("127.0.0.1", port);
        return server;
    }

    @Bean
    public MongoConnectionDetails embeddedMongoConnection(MongoServer embeddedMongoServer,
                                                          @Value("${spring.mongodb.database:kea}") String database) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        ConnectionString connection = new ConnectionString(
                "mongodb://127.0.0.1:" + address.getPort() + "/" + database);
        return () -> connection;
    }

    /**
     * command-side stores uploaded model images in the database public-query serves them from: here the embedded
     * one, through the client Boot already connected to it (used unless {@code kea.images.mongodb-uri} is set).
     */
    @Bean
    public ModelImageDatabase embeddedModelImageDatabase(MongoDatabaseFactory embeddedMongo) {
        return embeddedMongo::getMongoDatabase;
    }

    private static MongoBackend backend(String file) {
        if (file.isBlank()) {
            return new MemoryBackend();
        }
        File parent = new File(file).getAbsoluteFile().getParentFile();
        if (parent != null) {
            parent.mkdirs();
        }
        return new DurableH2Backend(file);
    }
}
