package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A model refers to an existing brand and existing colors, as a car does to what it refers to (§6.2). */
class ModelReferencesHttpTest extends StandaloneTest {

    private static final String BLACK = "e2164054-4cb8-49d5-a0da-eca5b36a0b3b";

    @Test
    void aModelOfAnUnknownBrandIsNotFoundNamingTheBrandAndIsNotStored() {
        String manager = tokenOf(MANAGER);
        String brand = UUID.randomUUID().toString();
        String model = UUID.randomUUID().toString();

        Http.Response created = http.post("/api/models").token(manager).json(model(model, brand, List.of(BLACK)))
                .send();

        assertProblem(created, 404);
        assertThat(created.json().get("detail").asText()).contains("brand").contains(brand);
        assertProblem(http.get("/api/models/" + model).token(manager).send(), 404);
        assertProblem(http.get("/api/public/models/" + model).send(), 404);
    }

    @Test
    void aModelWithAnUnknownColorIsNotFoundNamingTheColor() {
        String manager = tokenOf(MANAGER);
        String color = UUID.randomUUID().toString();

        Http.Response created = http.post("/api/models").token(manager)
                .json(model(UUID.randomUUID().toString(), FORD, List.of(BLACK, color))).send();

        assertProblem(created, 404);
        assertThat(created.json().get("detail").asText()).contains("color").contains(color);
    }

    @Test
    void anIdOfAnotherTypeIsNoBrandOrColor() {
        String manager = tokenOf(MANAGER);

        assertProblem(http.post("/api/models").token(manager)
                .json(model(UUID.randomUUID().toString(), BLACK, List.of(BLACK))).send(), 404);
        assertProblem(http.post("/api/models").token(manager)
                .json(model(UUID.randomUUID().toString(), FORD, List.of(FORD))).send(), 404);
    }

    @Test
    void changingAModelToAnUnknownColorIsNotFoundAndChangesNothing() {
        String manager = tokenOf(MANAGER);
        Http.Response created = http.post("/api/models").token(manager)
                .json(model(UUID.randomUUID().toString(), FORD, List.of(BLACK))).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String color = UUID.randomUUID().toString();

        Http.Response changed = http.put("/api/models/" + id).token(manager)
                .json(Map.of("color_ids", List.of(BLACK, color))).send();

        assertProblem(changed, 404);
        assertThat(changed.json().get("detail").asText()).contains(color);
        Http.Response after = http.get("/api/models/" + id).token(manager).send();
        assertThat(after.header("ETag")).hasValue("\"0\"");
        assertThat(after.json().get("colors").findValuesAsText("id")).containsExactly(BLACK);
    }

    @Test
    void aBrandAndColorCreatedJustBeforeCanBeUsedAtOnce() {
        String manager = tokenOf(MANAGER);
        String brand = http.post("/api/brands").token(manager).json(Map.of("name", Names.randomWord(),
                "logo_url", "https://example.com/logo.png")).send().json().get("id").asText();
        String color = http.post("/api/colors").token(manager).json(Map.of("name", Names.randomWord(), "price", 1,
                "red_value", 1, "green_value", 2, "blue_value", 3)).send().json().get("id").asText();

        Http.Response created = http.post("/api/models").token(manager)
                .json(model(UUID.randomUUID().toString(), brand, List.of(color))).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("brand").get("id").asText()).isEqualTo(brand);
    }

    private static Map<String, Object> model(String id, String brand, List<String> colors) {
        return Map.of("id", id, "name", "Roadster", "price", 25000, "image_url", "https://example.com/r.png",
                "brands_id", brand, "color_ids", colors);
    }
}
