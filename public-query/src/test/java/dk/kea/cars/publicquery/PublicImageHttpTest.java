package dk.kea.cars.publicquery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model images over real HTTP, anonymously, as the command side stores them: a GridFS file in bucket "images" named
 * by its SHA-256, its content type in the metadata.
 */
class PublicImageHttpTest extends PublicQueryTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private GridFSBucket images;

    @BeforeEach
    void emptyBucket() {
        images = GridFSBuckets.create(mongo.getDb(), "images");
        images.drop();
    }

    @Test
    void anImageIsServedByItsHashWithItsTypeAndForeverCaching() throws Exception {
        byte[] jpeg = bytes(40_000);
        String sha256 = store(jpeg, "image/jpeg");

        HttpResponse<byte[]> response = get("/api/public/images/" + sha256, "GET");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(jpeg);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().firstValue("Content-Length")).hasValue("40000");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void headAnswersTheHeadersAndAMatchingETagIs304() throws Exception {
        String sha256 = store(bytes(1_000), "image/webp");

        HttpResponse<byte[]> head = get("/api/public/images/" + sha256, "HEAD");
        HttpResponse<byte[]> cached = HTTP.send(HttpRequest.newBuilder(uri("/api/public/images/" + sha256))
                .header("If-None-Match", "\"" + sha256 + "\"").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(head.body()).isEmpty();
        assertThat(cached.statusCode()).isEqualTo(304);
        assertThat(cached.body()).isEmpty();
        assertThat(cached.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void anUnknownOrMalformedHashIsA404Problem() throws Exception {
        for (String name : new String[]{"f".repeat(64), "F".repeat(64), "abc", "..%2F..%2Fetc"}) {
            HttpResponse<byte[]> response = get("/api/public/images/" + name, "GET");

            assertThat(response.statusCode()).as(name).isIn(400, 404);
            assertThat(response.headers().firstValue("Content-Type")).as(name)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JsonMapper.shared().readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
            assertThat(problem.get("detail").asString()).isNotBlank();
        }
    }

    @Test
    void imagesAreReadOnly() throws Exception {
        String sha256 = store(bytes(100), "image/png");

        HttpResponse<byte[]> delete = get("/api/public/images/" + sha256, "DELETE");

        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(get("/api/public/images/" + sha256, "GET").statusCode()).isEqualTo(200);
    }

    private String store(byte[] bytes, String contentType) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        images.uploadFromStream(sha256, new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().metadata(new Document("contentType", contentType)));
        return sha256;
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private HttpResponse<byte[]> get(String path, String method) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
