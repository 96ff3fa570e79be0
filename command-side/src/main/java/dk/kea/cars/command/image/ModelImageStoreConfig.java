package dk.kea.cars.command.image;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where uploaded model images go: GridFS in the MongoDB of {@code kea.images.mongodb-uri}, which in production is
 * public-query's database (it serves them), reached with a user that may write only the image bucket. Without a URI
 * the application must supply the database itself ({@link ModelImageDatabase}; the standalone app does).
 */
@Configuration(proxyBeanMethods = false)
public class ModelImageStoreConfig {

    @Bean
    ModelImageStore modelImageStore(@Value("${kea.images.mongodb-uri:}") String uri,
                                    ObjectProvider<ModelImageDatabase> supplied) {
        if (!uri.isBlank()) {
            ConnectionString connection = new ConnectionString(uri);
            if (connection.getDatabase() == null) {
                throw new IllegalStateException("kea.images.mongodb-uri (KEA_IMAGES_MONGODB_URI) must name a database: "
                        + "the one public-query serves images from");
            }
            MongoClient client = MongoClients.create(MongoClientSettings.builder()
                    .applicationName("command-side-images").applyConnectionString(connection).build());
            return new GridFsModelImageStore(client.getDatabase(connection.getDatabase()), client);
        }
        ModelImageDatabase database = supplied.getIfAvailable(() -> {
            throw new IllegalStateException("Set kea.images.mongodb-uri (KEA_IMAGES_MONGODB_URI) to the MongoDB "
                    + "database public-query serves model images from");
        });
        return new GridFsModelImageStore(database.get(), null);
    }
}
