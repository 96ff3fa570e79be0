package dk.kea.cars.command.image;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GridFS store against a MongoDB wire-protocol server (mongo-java-server, as the standalone app uses). */
class GridFsModelImageStoreTest {

    private static final long FIVE_MB = 5L * 1024 * 1024;

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private GridFsModelImageStore store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("kea_public");
        store = new GridFsModelImageStore(database, client);
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        server.shutdownNow();
    }

    @Test
    void storesTheBytesUnderTheirHashWithTheDetectedContentType() {
        ModelImage image = ModelImage.of("model_image", TestImages.png(600_000, 1), FIVE_MB);

        assertThat(store.store(image)).isTrue();

        GridFSFile file = GridFSBuckets.create(database, "images").find(eq("filename", image.sha256())).first();
        assertThat(file).isNotNull();
        assertThat(file.getMetadata()).containsEntry("contentType", "image/png");
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        GridFSBuckets.create(database, "images").downloadToStream(file.getId(), read);
        assertThat(read.toByteArray()).isEqualTo(TestImages.png(600_000, 1));
    }

    @Test
    void theSameBytesAreStoredOnce() {
        ModelImage first = ModelImage.of("model_image", TestImages.gif(300_000), FIVE_MB);
        ModelImage again = ModelImage.of("model_image", TestImages.gif(300_000), FIVE_MB);
        ModelImage other = ModelImage.of("model_image", TestImages.jpeg(300_000), FIVE_MB);

        assertThat(store.store(first)).isTrue();
        assertThat(store.store(again)).isFalse();
        assertThat(store.store(other)).isTrue();

        assertThat(files(first.sha256())).isEqualTo(1);
        assertThat(database.getCollection("images.files").countDocuments()).isEqualTo(2);
        assertThat(database.getCollection("images.chunks").countDocuments())
                .as("two files of 300 000 bytes in chunks of 255 KiB").isEqualTo(4);
    }

    /** Several instances storing the same new bytes at once: one file, and no chunk of the losers left behind. */
    @Test
    void concurrentStoresOfTheSameBytesLeaveOneFile() throws Exception {
        int writers = 4;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                // each its own store, as each command-side instance has one
                GridFsModelImageStore instance = new GridFsModelImageStore(database, null);
                Callable<Boolean> write = () -> {
                    start.await();
                    return instance.store(ModelImage.of("model_image", TestImages.webp(700_000), FIVE_MB));
                };
                outcomes.add(threads.submit(write));
            }
            long stored = 0;
            for (Future<Boolean> outcome : outcomes) {
                stored += outcome.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        String sha256 = ModelImage.of("model_image", TestImages.webp(700_000), FIVE_MB).sha256();
        assertThat(files(sha256)).isEqualTo(1);
        Object fileId = database.getCollection("images.files").find(eq("filename", sha256)).first().get("_id");
        assertThat(database.getCollection("images.chunks").countDocuments())
                .isEqualTo(database.getCollection("images.chunks").countDocuments(eq("files_id", fileId)))
                .isEqualTo(3);
    }

    private long files(String sha256) {
        return database.getCollection("images.files", Document.class).countDocuments(eq("filename", sha256));
    }
}
