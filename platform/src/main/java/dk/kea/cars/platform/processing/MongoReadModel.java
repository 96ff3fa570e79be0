package dk.kea.cars.platform.processing;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A read model kept in MongoDB, in the collections named {@code collectionPrefix…}. Declared as a bean by the module
 * that owns it: its processor then keeps its position next to its documents, in {@link #tokenCollection()}, whatever
 * token store the other processors of the context use ({@link MongoTokenStoreAutoConfiguration}), and its dead letters
 * in {@link #deadLetterCollection()}.
 */
public record MongoReadModel(String processingGroup, String collectionPrefix) {

    public String tokenCollection() {
        return collectionPrefix + "tracking_tokens";
    }

    /** Where its processor parks the events it failed to handle ({@link DeadLetterParking}). */
    public String deadLetterCollection() {
        return collectionPrefix + "dead_letters";
    }

    /**
     * Rebuilding from scratch empties every collection of the model but the positions and the dead letters, which the
     * rebuild deletes itself.
     */
    public ReadModelReset reset(MongoTemplate mongo) {
        return new ReadModelReset(processingGroup, () -> mongo.getCollectionNames().stream()
                .filter(collection -> collection.startsWith(collectionPrefix) && !collection.equals(tokenCollection())
                        && !collection.equals(deadLetterCollection()))
                .forEach(collection -> mongo.remove(new Query(), collection)));
    }
}
