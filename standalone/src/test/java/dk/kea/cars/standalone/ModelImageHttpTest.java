package dk.kea.cars.standalone;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A model created as the seed's React frontend creates it: multipart/form-data with the image file, which is then
 * served by its hash (issue 15, part 5). Field names as in OliverRoat/kea_car_frontend's useModels.ts.
 */
class ModelImageHttpTest extends StandaloneTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final String FOREVER = "public, max-age=31536000, immutable";

    @Autowired
    MongoTemplate mongo;

    /** A brand of each test's own: the seeded catalog, which other test classes count, stays as it is. */
    private String brand;

    @BeforeEach
    void ownBrand() {
        Http.Response created = http.post("/api/brands").token(tokenOf(MANAGER)).json(Map.of(
                "name", "Images " + Names.randomWord(), "logo_url", "https://example.com/logo.png")).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        brand = created.json().get("id").asText();
    }

    @Test
    void aModelCreatedWithItsImageFileShowsTheImageServedByItsHash() throws Exception {
        byte[] png = png(200_000, 1);
        String sha256 = sha256(png);

        Http.Response created = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm("Roadster")
                .file("model_image", "roadster.png", "image/png", png)).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isPresent();
        String imageUrl = "/api/public/images/" + sha256;
        assertThat(created.json().get("image_url").asText()).isEqualTo(imageUrl);
        assertThat(created.json().get("name").asText()).isEqualTo("Roadster");
        assertThat(names(created.json().get("colors"))).containsExactlyInAnyOrder("white", "blue");
        String id = created.json().get("id").asText();
        assertThat(http.get("/api/models/" + id).token(tokenOf(SALES)).send().json().get("image_url").asText())
                .isEqualTo(imageUrl);
        assertThat(http.get("/api/public/models/" + id).send().json().get("image_url").asText()).isEqualTo(imageUrl);

        HttpResponse<byte[]> image = http.get(imageUrl).sendForBytes();

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(png);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("Cache-Control")).hasValue(FOREVER);
        assertThat(image.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aCachedImageIsNotSentAgain() throws Exception {
        byte[] gif = gif(50_000, 2);
        String imageUrl = createWithImage("Cabriolet", "c.gif", "image/gif", gif).get("image_url").asText();

        HttpResponse<byte[]> again = http.get(imageUrl).header("If-None-Match", "\"" + sha256(gif) + "\"")
                .sendForBytes();

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("Cache-Control")).hasValue(FOREVER);
        assertThat(http.get(imageUrl).sendForBytes().headers().firstValue("Content-Type")).hasValue("image/gif");
    }

    @Test
    void theSameBytesAreStoredOnceWhateverTheyAreCalled() throws Exception {
        byte[] png = png(120_000, 3);

        JsonNode first = createWithImage("Coupe", "coupe.png", "image/png", png);
        JsonNode second = createWithImage("Coupe GT", "other-name.jpg", "image/jpeg", png);

        assertThat(second.get("image_url").asText()).isEqualTo(first.get("image_url").asText())
                .isEqualTo("/api/public/images/" + sha256(png));
        assertThat(storedFiles(sha256(png))).isEqualTo(1);
        // the type comes from the bytes, not from the second upload's declared type or name
        assertThat(http.get(second.get("image_url").asText()).sendForBytes().headers().firstValue("Content-Type"))
                .hasValue("image/png");
    }

    @Test
    void theEventCarriesTheImagesUrlNeverItsBytes() throws Exception {
        byte[] png = png(100_000, 4);
        JsonNode created = createWithImage("Hatchback", "h.png", "image/png", png);

        Http.Response history = http.get("/api/audit/model/" + created.get("id").asText() + "/history")
                .token(tokenOf(ADMIN)).send();

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode payload = history.json().get(0).get("payload");
        assertThat(payload.get("image_url").asText()).isEqualTo("/api/public/images/" + sha256(png));
        List<String> fields = new ArrayList<>();
        payload.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "sequence", "occurred_at", "brand_id", "name", "price",
                "image_url", "color_ids");
        assertThat(history.body().length()).as("the whole history, next to a 100 000-byte image").isLessThan(5_000);
        assertThat(history.body()).doesNotContain(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(png, 30)));
    }

    @Test
    void anImageOfExactlyFiveMegabytesIsAcceptedOneByteMoreIs413() throws Exception {
        byte[] largest = png(FIVE_MB, 5);
        byte[] tooLarge = png(FIVE_MB + 1, 6);

        Http.Response accepted = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm("Limo")
                .file("model_image", "limo.png", "image/png", largest)).send();
        Http.Response refused = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm("Bus")
                .file("model_image", "bus.png", "image/png", tooLarge)).send();

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertProblem(refused, 413);
        assertThat(refused.json().get("detail").asText()).contains("model_image", String.valueOf(FIVE_MB));
        assertThat(storedFiles(sha256(tooLarge))).isZero();
        assertThat(modelsNamed("Bus")).isZero();
    }

    /** A model may have up to 100 colors, a part each: more parts than Tomcat's default 50 are read. */
    @Test
    void aHundredColorPartsAreReadMoreThanTheServerTakesIs413() {
        MultipartForm hundred = new MultipartForm().field("name", "Rainbow").field("price", "1")
                .field("brands_id", brand);
        MultipartForm tooMany = new MultipartForm().field("name", "Rainbow").field("price", "1");
        for (int i = 0; i < 100; i++) {
            hundred.field("color_ids", WHITE);
        }
        for (int i = 0; i < 130; i++) {
            tooMany.field("color_ids", WHITE);
        }

        Http.Response read = http.post("/api/models").token(tokenOf(MANAGER)).multipart(hundred
                .file("model_image", "r.png", "image/png", png(1_000, 12))).send();
        Http.Response refused = http.post("/api/models").token(tokenOf(MANAGER)).multipart(tooMany).send();

        assertProblem(read, 422);
        assertThat(errors(read)).containsExactlyEntriesOf(Map.of("color_ids", "must not contain duplicates"));
        assertProblem(refused, 413);
        assertThat(refused.json().get("detail").asText()).contains("128 parts");
    }

    @Test
    void aTextFileNamedPngIs415AndStoresNothing() throws Exception {
        byte[] text = "just some text, whatever the file is called".getBytes(StandardCharsets.UTF_8);

        Http.Response refused = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm("Text file car")
                .file("model_image", "pickup.png", "image/png", text)).send();

        assertProblem(refused, 415);
        assertThat(refused.json().get("detail").asText()).contains("model_image", "PNG, JPEG, GIF or WEBP");
        assertThat(storedFiles(sha256(text))).isZero();
        assertThat(modelsNamed("Text file car")).isZero();
    }

    @Test
    void missingAndInvalidFieldsAre422LikeTheJsonBody() throws Exception {
        byte[] png = png(10_000, 7);

        Http.Response noImage = http.post("/api/models").token(tokenOf(MANAGER)).multipart(new MultipartForm()
                .field("price", "-1").field("brands_id", "not-a-uuid").field("color_ids", WHITE)).send();
        Http.Response both = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm("Van")
                .field("image_url", "https://example.com/van.png")
                .file("model_image", "van.png", "image/png", png)).send();
        Http.Response unknown = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm("Van")
                .field("colour", "red").file("model_image", "van.png", "image/png", png)).send();
        Http.Response notMultipart = http.post("/api/models").token(tokenOf(MANAGER))
                .header("Content-Type", "multipart/form-data; boundary=nothing").body("this is no form").send();

        assertProblem(noImage, 422);
        assertThat(errors(noImage)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "price", "must be greater than 0 and at most 10000000", "brands_id", "has the wrong type or format",
                "model_image", "is required (or give image_url)", "name", "is required"));
        assertProblem(both, 422);
        assertThat(errors(both)).containsOnlyKeys("image_url");
        assertProblem(unknown, 422);
        assertThat(errors(unknown)).containsEntry("colour", "is not a known field");
        assertProblem(notMultipart, 422);
        assertThat(modelsNamed("Van")).isZero();
        assertThat(storedFiles(sha256(png))).as("nothing is stored for a form that is refused").isZero();
    }

    @Test
    void aFormWithAnImageUrlInsteadOfAFileIsTheJsonCreate() {
        Http.Response created = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm("Sedan")
                .field("image_url", "https://example.com/sedan.png")).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("image_url").asText()).isEqualTo("https://example.com/sedan.png");
    }

    @Test
    void aRefusedCommandLeavesNoModel() throws Exception {
        byte[] png = png(10_000, 8);
        String missingBrand = UUID.randomUUID().toString();

        Http.Response refused = http.post("/api/models").token(tokenOf(MANAGER)).multipart(new MultipartForm()
                .field("name", "Ghost").field("price", "100").field("brands_id", missingBrand)
                .field("color_ids", WHITE).file("model_image", "g.png", "image/png", png)).send();

        assertProblem(refused, 404);
        assertThat(refused.json().get("detail").asText()).contains(missingBrand);
        assertThat(modelsNamed("Ghost")).isZero();
    }

    @Test
    void theJsonCreateIsUnchangedAndStillLimitedTo64Kb() {
        Http.Response created = http.post("/api/models").token(tokenOf(MANAGER)).json(Map.of("name", "Estate",
                "price", 30000, "image_url", "https://example.com/estate.png", "brands_id", brand,
                "color_ids", List.of(WHITE))).send();
        Http.Response tooLarge = http.post("/api/models").token(tokenOf(MANAGER)).json(Map.of("name", "Estate",
                "price", 30000, "image_url", "https://example.com/" + "e".repeat(100 * 1024), "brands_id", brand,
                "color_ids", List.of(WHITE))).send();
        Http.Response multipartElsewhere = http.post("/api/brands").token(tokenOf(MANAGER))
                .multipart(new MultipartForm().file("logo", "l.png", "image/png", png(100 * 1024, 9))).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("image_url").asText()).isEqualTo("https://example.com/estate.png");
        assertProblem(tooLarge, 413);
        assertProblem(multipartElsewhere, 413);
    }

    @Test
    void aModelMayBeChangedToAStoredImageByItsUrl() throws Exception {
        byte[] webp = webp(20_000, 10);
        String imageUrl = createWithImage("Roadster S", "s.webp", "image/webp", webp).get("image_url").asText();
        JsonNode other = createWithImage("Roadster T", "t.png", "image/png", png(20_000, 11));

        Http.Response changed = http.put("/api/models/" + other.get("id").asText()).token(tokenOf(MANAGER))
                .json(Map.of("image_url", imageUrl)).send();

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("image_url").asText()).isEqualTo(imageUrl);
        assertThat(http.get(imageUrl).sendForBytes().headers().firstValue("Content-Type")).hasValue("image/webp");
    }

    @Test
    void unknownAndMalformedHashesAre404Problems() {
        String unknown = "0".repeat(64);

        assertProblem(http.get("/api/public/images/" + unknown).send(), 404);
        assertProblem(http.get("/api/public/images/not-a-hash").send(), 404);
        assertProblem(http.get("/api/public/images/" + "A".repeat(64)).send(), 404);
    }

    @Test
    void theApiDocsShowBothBodiesAndTheImageEndpoint() {
        JsonNode docs = http.get("/v3/api-docs").send().json();

        JsonNode create = docs.get("paths").get("/api/models").get("post");
        assertThat(create.get("requestBody").get("content").has("application/json")).isTrue();
        assertThat(create.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        assertThat(create.get("responses").has("413")).isTrue();
        assertThat(create.get("responses").has("415")).isTrue();
        JsonNode form = docs.get("components").get("schemas").get("NewModelForm").get("properties");
        assertThat(form.get("model_image").get("format").asText()).isEqualTo("binary");
        assertThat(form.has("brands_id")).isTrue();
        assertThat(form.has("color_ids")).isTrue();
        assertThat(docs.get("paths").get("/api/public/images/{sha256}").has("get")).isTrue();
    }

    /** The fields useModels.ts appends, without the image. */
    private MultipartForm frontendForm(String name) {
        return new MultipartForm().field("name", name).field("price", "25000.5").field("brands_id", brand)
                .field("color_ids", WHITE).field("color_ids", BLUE);
    }

    private JsonNode createWithImage(String name, String fileName, String contentType, byte[] image) {
        Http.Response created = http.post("/api/models").token(tokenOf(MANAGER)).multipart(frontendForm(name)
                .file("model_image", fileName, contentType, image)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private long storedFiles(String sha256) {
        return mongo.getCollection("images.files").countDocuments(eq("filename", sha256));
    }

    private long modelsNamed(String name) {
        JsonNode models = http.get("/api/models?brand_id=" + brand + "&limit=1000").token(tokenOf(MANAGER)).send()
                .json();
        return names(models).stream().filter(name::equals).count();
    }

    private static Map<String, String> errors(Http.Response problem) {
        Map<String, String> errors = new java.util.HashMap<>();
        problem.json().get("errors").forEach(error -> errors.put(error.get("field").asText(),
                error.get("message").asText()));
        return errors;
    }

    private static byte[] png(int size, long seed) {
        return withSignature(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, size, seed);
    }

    private static byte[] gif(int size, long seed) {
        return withSignature("GIF89a".getBytes(StandardCharsets.US_ASCII), size, seed);
    }

    private static byte[] webp(int size, long seed) {
        byte[] bytes = withSignature("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), size, seed);
        return bytes;
    }

    private static byte[] withSignature(byte[] signature, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
