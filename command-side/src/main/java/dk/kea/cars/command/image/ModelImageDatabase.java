package dk.kea.cars.command.image;

import com.mongodb.client.MongoDatabase;

/**
 * The MongoDB database model images go to when the application supplies it instead of {@code kea.images.mongodb-uri}:
 * the standalone app hands over the embedded server's database that public-query reads, through the client it
 * already has.
 */
@FunctionalInterface
public interface ModelImageDatabase {

    MongoDatabase get();
}
