package dk.kea.cars.platform.freshness;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import dk.kea.cars.platform.processing.MongoReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The tokens of a {@link MongoReadModel}'s processor, from the collection axon-mongo's {@code MongoTokenStore} keeps
 * them in (one document per segment: {@code processorName}, {@code segment}, {@code token}, {@code tokenType}).
 */
class MongoSegmentTokens implements SegmentTokenReader {

    private final List<MongoReadModel> readModels;
    private final Supplier<MongoClient> client;
    private final Supplier<String> database;
    private final Supplier<Serializer> serializer;

    MongoSegmentTokens(List<MongoReadModel> readModels, Supplier<MongoClient> client, Supplier<String> database,
                       Supplier<Serializer> serializer) {
        this.readModels = List.copyOf(readModels);
        this.client = client;
        this.database = database;
        this.serializer = serializer;
    }

    @Override
    public Optional<List<TrackingToken>> read(String processor, TokenStore store) {
        return readModels.stream().filter(model -> model.processingGroup().equals(processor)).findFirst()
                .map(model -> read(processor, model.tokenCollection()));
    }

    private List<TrackingToken> read(String processor, String collection) {
        List<TrackingToken> tokens = new ArrayList<>();
        for (Document segment : client.get().getDatabase(database.get()).getCollection(collection)
                .find(Filters.eq("processorName", processor))) {
            Binary token = segment.get("token", Binary.class);
            tokens.add(SegmentTokenReader.deserialize(token == null ? null : token.getData(),
                    segment.getString("tokenType"), serializer.get()));
        }
        return tokens;
    }
}
