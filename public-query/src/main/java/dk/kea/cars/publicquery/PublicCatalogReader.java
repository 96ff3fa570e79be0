package dk.kea.cars.publicquery;

import static com.mongodb.client.model.Filters.eq;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The public catalog as the REST API and the query handlers see it: finds only, over the reader's own connection
 * ({@link PublicCatalogReaderConfig}), which production gives a MongoDB user with role {@code read}. Only the
 * projections write, through Boot's {@code MongoTemplate}; the model images are written by the command side.
 */
public class PublicCatalogReader {

    private final MongoTemplate mongo;

    PublicCatalogReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The file of this name in a GridFS bucket of the same database (the model images). */
    public Optional<GridFSFile> findFile(String bucket, String filename) {
        return Optional.ofNullable(gridFs(bucket).find(eq("filename", filename)).first());
    }

    /** The bytes of a file {@link #findFile} found. */
    public byte[] readFile(String bucket, GridFSFile file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) file.getLength());
        gridFs(bucket).downloadToStream(file.getId(), bytes);
        return bytes.toByteArray();
    }

    private GridFSBucket gridFs(String bucket) {
        return GridFSBuckets.create(mongo.getDb(), bucket);
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
