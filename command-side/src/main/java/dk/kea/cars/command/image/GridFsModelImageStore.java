package dk.kea.cars.command.image;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dk.kea.cars.api.image.StoredImages;
import java.io.ByteArrayInputStream;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Model images in GridFS (bucket {@link StoredImages#BUCKET}), one file per SHA-256, the hash as its {@code filename}
 * and the detected content type in its metadata. A unique index on {@code filename} decides between two instances
 * storing the same new bytes at once: each writes its chunks under its own id, only one file document is accepted,
 * and the other's chunks are removed again. Hence not the hash as the file's {@code _id}: chunks are written before
 * the file document, and a duplicate id would have made the loser's clean-up delete the winner's chunks.
 */
final class GridFsModelImageStore implements ModelImageStore, AutoCloseable {

    private static final String UNIQUE_NAME = "filename_unique";

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final AutoCloseable connection;
    private volatile boolean indexed;

    /** @param connection closed with this store: the client it opened itself, or nothing when it was lent one */
    GridFsModelImageStore(MongoDatabase database, AutoCloseable connection) {
        this.bucket = GridFSBuckets.create(database, StoredImages.BUCKET);
        this.files = database.getCollection(StoredImages.BUCKET + ".files");
        this.chunks = database.getCollection(StoredImages.BUCKET + ".chunks");
        this.connection = connection;
    }

    @Override
    public boolean store(ModelImage image) {
        ensureUniqueNames();
        if (stored(image.sha256())) {
            return false;
        }
        BsonObjectId id = new BsonObjectId(new ObjectId());
        GridFSUploadOptions options = new GridFSUploadOptions()
                .metadata(new Document(StoredImages.CONTENT_TYPE, image.type().contentType()));
        try {
            bucket.uploadFromStream(id, image.sha256(), new ByteArrayInputStream(image.bytes()), options);
            return true;
        } catch (MongoWriteException clash) {
            if (clash.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw clash;
            }
            // another request stored the same bytes in the meantime; ours are not needed
            chunks.deleteMany(eq("files_id", id));
            return false;
        }
    }

    private boolean stored(String sha256) {
        return files.find(eq("filename", sha256)).limit(1).first() != null;
    }

    /** On first use rather than at start: the service starts even while this MongoDB is unreachable. */
    private void ensureUniqueNames() {
        if (!indexed) {
            files.createIndex(Indexes.ascending("filename"), new IndexOptions().unique(true).name(UNIQUE_NAME));
            indexed = true;
        }
    }

    @Override
    public void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }
}
