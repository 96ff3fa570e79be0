package dk.kea.cars.publicquery;

import static dk.kea.cars.publicquery.PublicEvents.brandCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.brand.FindPublicBrand;
import dk.kea.cars.publicquery.brand.PublicBrandDocument;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The API's reader and the projection's writer are two connections. Here the reader points at a second, empty
 * MongoDB: what the projection stores lands in the writer's database only, and the API answers from the reader's.
 * The writer gets a database of its own so that this context's processor never meets the token of the other
 * test context, which runs on the same server with another event store.
 */
@TestPropertySource(properties = "spring.mongodb.database=kea_public_split_test")
class PublicReaderSplitTest extends PublicQueryTestBase {

    private static final MongoServer READER = startMongo();
    private static final String READER_DATABASE = "kea_public_reader_test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    EventGateway events;
    @Autowired
    QueryGateway queries;
    @Autowired
    @Qualifier("publicCatalogReaderClient")
    MongoClient readerClient;

    @DynamicPropertySource
    static void reader(DynamicPropertyRegistry registry) {
        registry.add("kea.public-query.mongodb.reader-uri", () -> uri(READER, READER_DATABASE));
    }

    @Test
    void whatTheProjectionWritesIsNotInTheReadersDatabase() throws Exception {
        UUID id = UUID.randomUUID();

        events.publish(brandCreated(id, "Volvo"));

        await().atMost(WAIT).until(() -> mongo.findById(id.toString(), PublicBrandDocument.class) != null);
        assertThat(get("/api/public/brands/" + id).statusCode()).isEqualTo(404);
        assertThat(queries.query(new FindPublicBrand(id), BrandView.class).join()).isNull();
    }

    @Test
    void theApiAnswersFromTheReadersDatabase() throws Exception {
        UUID id = UUID.randomUUID();
        new MongoTemplate(readerClient, READER_DATABASE)
                .save(new PublicBrandDocument(id.toString(), "Saab", "https://img.example/Saab.png", 3));

        HttpResponse<String> response = get("/api/public/brands/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"3\"");
        assertThat(queries.query(new FindPublicBrand(id), BrandView.class).join().name()).isEqualTo("Saab");
        assertThat(mongo.findById(id.toString(), PublicBrandDocument.class)).isNull();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
