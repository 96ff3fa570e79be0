package dk.kea.cars.publicquery;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;

/**
 * public-query talks to MongoDB over two connections. The writer is Boot's auto-configured one
 * ({@code spring.mongodb.uri}): the projections, the token store and, in standalone, auth-query use it. The reader,
 * {@code kea.public-query.mongodb.reader-uri}, serves the REST API and the query handlers, so production can give
 * them a user that cannot write. Without a reader URI the reader connects exactly like the writer.
 */
@Configuration(proxyBeanMethods = false)
public class PublicCatalogReaderConfig {

    static final String READER_URI = "${kea.public-query.mongodb.reader-uri:}";

    /** Not a default candidate: Boot still creates its own MongoClient, and only that one is injected by type. */
    @Bean(defaultCandidate = false)
    MongoClient publicCatalogReaderClient(@Value(READER_URI) String readerUri, MongoConnectionDetails writer,
                                          MongoProperties properties) {
        MongoConnectionDetails reader = readerUri.isBlank() ? writer : connection(new ConnectionString(readerUri));
        return new MongoClientFactory(List.of(
                new StandardMongoClientSettingsBuilderCustomizer(reader, properties.getRepresentation().getUuid())))
                .createMongoClient(MongoClientSettings.builder().build());
    }

    /** Maps documents exactly like the writer's template: the auto-configured converter, bound to the reader. */
    @Bean
    PublicCatalogReader publicCatalogReader(@Qualifier("publicCatalogReaderClient") MongoClient client,
                                            @Value(READER_URI) String readerUri, MongoDatabaseFactory writer,
                                            MappingMongoConverter converter) {
        MongoDatabaseFactory reader = new SimpleMongoClientDatabaseFactory(client, database(readerUri, writer));
        return new PublicCatalogReader(new MongoTemplate(reader, converter.with(reader)));
    }

    private static MongoConnectionDetails connection(ConnectionString uri) {
        return () -> uri;
    }

    /** The database the reader URI names; the writer's when it names none or is not set. */
    private static String database(String readerUri, MongoDatabaseFactory writer) {
        String named = readerUri.isBlank() ? null : new ConnectionString(readerUri).getDatabase();
        return named != null ? named : writer.getMongoDatabase().getName();
    }
}
