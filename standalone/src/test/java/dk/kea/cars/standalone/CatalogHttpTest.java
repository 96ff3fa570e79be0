package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded catalog on both read models, and catalog writes propagating to both (§4, §6.7, §10). */
class CatalogHttpTest extends StandaloneTest {

    private static final String BLACK = "e2164054-4cb8-49d5-a0da-eca5b36a0b3b";

    @Test
    void publicCatalogListsFordsFiveModelsWithBrandAndColorsEmbedded() {
        Http.Response fords = http.get("/api/public/models?brand_id=" + FORD).send();

        assertThat(fords.status()).as(fords.body()).isEqualTo(200);
        assertThat(fords.json()).hasSize(5);
        assertThat(names(fords.json()))
                .containsExactlyInAnyOrder("Explorer", "Fiesta", "Fusion", "Mustang", "Pickup");
        for (JsonNode model : fords.json()) {
            assertThat(model.get("brand").get("name").asText()).isEqualTo("Ford");
            assertThat(model.get("colors").size()).isGreaterThan(0);
            assertThat(model.get("colors").get(0).has("red_value")).isTrue();
            assertThat(model.get("price").decimalValue()).isEqualByComparingTo("10990.95");
        }
    }

    @Test
    void employeeApiShowsTheSameSeededCatalog() {
        String sales = tokenOf(SALES);

        assertThat(names(http.get("/api/brands").token(sales).send().json()))
                .contains("Audi", "BMW", "Ford", "Mercedes", "Skoda");
        assertThat(http.get("/api/colors").token(sales).send().json().size()).isGreaterThanOrEqualTo(5);
        assertThat(http.get("/api/accessories").token(sales).send().json().size()).isGreaterThanOrEqualTo(20);
        assertThat(http.get("/api/models?brand_id=" + FORD).token(sales).send().json()).hasSize(5);
        Http.Response black = http.get("/api/colors/" + BLACK).token(sales).send();
        assertThat(black.header("ETag")).isPresent();
        assertThat(black.json().get("price").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void unknownOrMalformedBrandFilterIsAProblem() {
        assertProblem(http.get("/api/public/models?brand_id=" + UUID.randomUUID()).send(), 404);
        assertProblem(http.get("/api/public/models?brand_id=not-a-uuid").send(), 422);
        assertProblem(http.get("/api/models?brand_id=" + UUID.randomUUID()).token(tokenOf(SALES)).send(), 404);
    }

    @Test
    void aNewBrandAndModelAppearInBothReadModelsAtOnce() {
        String manager = tokenOf(MANAGER);
        String brandName = Names.randomWord();

        Http.Response brand = http.post("/api/brands").token(manager)
                .json(Map.of("name", brandName, "logo_url", "https://example.com/logo.png")).send();
        assertThat(brand.status()).as(brand.body()).isEqualTo(201);
        String brandId = brand.json().get("id").asText();

        Http.Response model = http.post("/api/models").token(manager).json(Map.of("name", "Roadster",
                "price", 25000.5, "image_url", "https://example.com/roadster.png", "brands_id", brandId,
                "color_ids", List.of(BLACK))).send();
        assertThat(model.status()).as(model.body()).isEqualTo(201);
        assertThat(model.json().get("brand").get("name").asText()).isEqualTo(brandName);

        Http.Response publicModels = http.get("/api/public/models?brand_id=" + brandId).send();
        assertThat(names(publicModels.json())).containsExactly("Roadster");
        assertThat(publicModels.json().get(0).get("colors").get(0).get("name").asText()).isEqualTo("black");

        Http.Response renamed = http.put("/api/brands/" + brandId).token(manager)
                .json(Map.of("name", brandName + "x")).send();
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(http.get("/api/public/models?brand_id=" + brandId).send().json().get(0).get("brand")
                .get("name").asText()).isEqualTo(brandName + "x");
        assertThat(http.get("/api/models?brand_id=" + brandId).token(manager).send().json().get(0).get("brand")
                .get("name").asText()).isEqualTo(brandName + "x");
    }

    @Test
    void aPutThatChangesNothingAnswers200WithoutANewVersion() {
        String manager = tokenOf(MANAGER);
        Http.Response before = http.get("/api/public/colors/" + BLACK).send();

        Http.Response same = http.put("/api/colors/" + BLACK).token(manager).json(Map.of("name", "black")).send();

        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.header("ETag")).isEqualTo(before.header("ETag"));
    }
}
