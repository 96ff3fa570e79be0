package dk.kea.cars.publicquery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The public catalog as the REST API and the query handlers see it: finds only, over the reader's own connection
 * ({@link PublicCatalogReaderConfig}), which production gives a MongoDB user with role {@code read}. Only the
 * projections write, through Boot's {@code MongoTemplate}.
 */
public class PublicCatalogReader {

    private final MongoOperations mongo;

    PublicCatalogReader(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public <D> Optional<D> findById(UUID id, Class<D> type) {
        return Optional.ofNullable(mongo.findById(id.toString(), type));
    }

    public <D> List<D> find(Query query, Class<D> type) {
        return mongo.find(query, type);
    }

    public boolean exists(UUID id, Class<?> type) {
        return mongo.exists(query(where("_id").is(id.toString())), type);
    }
}
