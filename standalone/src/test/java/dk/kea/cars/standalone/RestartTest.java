package dk.kea.cars.standalone;

import dk.kea.cars.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded stores keep their data on disk: what was written before a restart is served after it (§ issue 2.3). */
class RestartTest {

    private static final String FORD = "8bb880b8-e336-4039-ad86-2f758539e454";
    private static final String WHITE = "7bb35b1d-37ff-43c2-988a-cf85c5b6d690";

    @TempDir
    Path data;

    @Test
    void anInsuranceCreatedBeforeARestartIsServedByBothReadModelsAfterIt() {
        String id;
        String name = "Cover " + Names.randomWord();
        try (ConfigurableApplicationContext first = start()) {
            Http http = new Http(port(first));
            String token = managerToken(http);
            Http.Response created = http.post("/api/insurances").token(token)
                    .json(Map.of("name", name, "price", 42)).send();
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            id = created.json().get("id").asText();
        }
        try (ConfigurableApplicationContext second = start()) {
            Http http = new Http(port(second));
            assertThat(http.get("/api/public/insurances/" + id).send().json().get("name").asText()).isEqualTo(name);
            assertThat(http.get("/api/insurances/" + id).token(managerToken(http)).send().json().get("name").asText())
                    .isEqualTo(name);
        }
    }

    /** The image lives in the embedded MongoDB's file (GridFS on mongo-java-server's H2 backend). */
    @Test
    void aModelImageUploadedBeforeARestartIsServedAfterIt() {
        byte[] png = new byte[300_000];
        new java.util.Random(42).nextBytes(png);
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        String imageUrl;
        try (ConfigurableApplicationContext first = start()) {
            Http http = new Http(port(first));
            Http.Response created = http.post("/api/models").token(managerToken(http)).multipart(new MultipartForm()
                    .field("name", "Roadster").field("price", "25000").field("brands_id", FORD)
                    .field("color_ids", WHITE).file("model_image", "r.png", "image/png", png)).send();
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            imageUrl = created.json().get("image_url").asText();
        }
        try (ConfigurableApplicationContext second = start()) {
            var image = new Http(port(second)).get(imageUrl).sendForBytes();
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.body()).isEqualTo(png);
            assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class).profiles("demo").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("kea-sql"),
                "--kea.embedded-mongo.file=" + data.resolve("kea-mongo.mv"),
                "--kea.security.bcrypt-strength=4");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String managerToken(Http http) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.post("/api/auth/login")
                .json(Map.of("email", "hans@gmail.com", "password", "hans123")).send().status() == 200);
        String token = http.post("/api/auth/login").json(Map.of("email", "hans@gmail.com", "password", "hans123"))
                .send().json().get("access_token").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/brands").token(token).send().status() == 200
                && http.put("/api/brands/8bb880b8-e336-4039-ad86-2f758539e454").token(token).json(Map.of()).send()
                .status() == 200);
        return token;
    }
}
