package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Insurances end to end: roles, read-your-writes on both read models, idempotency, versions, validation (§4, §5). */
class InsuranceHttpTest extends StandaloneTest {

    @Test
    void managerCreatesAndUpdatesAndTheVeryNextReadsShowIt() {
        String manager = tokenOf(MANAGER);
        String name = uniqueName();

        Http.Response created = http.post("/api/insurances").token(manager)
                .json(Map.of("name", name.toLowerCase(), "price", 12.5)).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).hasValue("/api/insurances/" + id);
        assertThat(created.header("ETag")).hasValue("\"0\"");
        assertThat(created.json().get("name").asText()).isEqualTo(name);
        assertThat(created.json().get("price").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(created.json().has("version")).isFalse();
        assertVisible(manager, id, name, "12.50", "\"0\"");

        Http.Response updated = http.put("/api/insurances/" + id).token(manager).header("If-Match", "\"0\"")
                .json(Map.of("price", 15.25)).send();

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).hasValue("\"1\"");
        assertThat(updated.json().get("name").asText()).isEqualTo(name);
        assertVisible(manager, id, name, "15.25", "\"1\"");
    }

    @Test
    void staleIfMatchIsRefusedWith412AndChangesNothing() {
        String manager = tokenOf(MANAGER);
        String id = create(manager, uniqueName(), 20).json().get("id").asText();
        http.put("/api/insurances/" + id).token(manager).json(Map.of("price", 21)).send();

        Http.Response stale = http.put("/api/insurances/" + id).token(manager).header("If-Match", "\"0\"")
                .json(Map.of("price", 99)).send();

        assertProblem(stale, 412);
        JsonNode current = http.get("/api/insurances/" + id).token(manager).send().json();
        assertThat(current.get("price").decimalValue()).isEqualByComparingTo("21");
    }

    @Test
    void createWithAnExistingIdAnswers200WithTheSameBodyAndEmitsNothing() {
        String manager = tokenOf(MANAGER);
        String id = UUID.randomUUID().toString();
        String name = uniqueName();
        Http.Response first = http.post("/api/insurances").token(manager)
                .json(Map.of("id", id, "name", name, "price", 30)).send();

        Http.Response retry = http.post("/api/insurances").token(manager)
                .json(Map.of("id", id, "name", name, "price", 30)).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("ETag")).hasValue("\"0\"");
    }

    @Test
    void duplicateNameIsAConflict() {
        String manager = tokenOf(MANAGER);
        String name = uniqueName();
        create(manager, name, 10);

        Http.Response duplicate = create(manager, name.toUpperCase(), 11);

        assertProblem(duplicate, 409);
        assertThat(duplicate.json().get("detail").asText()).contains(name);
    }

    @Test
    void invalidBodyIs422WithEveryFieldErrorAndStoresNothing() {
        String manager = tokenOf(MANAGER);
        String id = UUID.randomUUID().toString();

        Http.Response invalid = http.post("/api/insurances").token(manager)
                .json(Map.of("id", id, "name", "ab", "price", -1)).send();

        assertProblem(invalid, 422);
        assertThat(invalid.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "price");
        assertProblem(http.get("/api/insurances/" + id).token(manager).send(), 404);
    }

    @Test
    void unknownFieldsAndMalformedJsonAre422() {
        String manager = tokenOf(MANAGER);

        Http.Response unknown = http.post("/api/insurances").token(manager)
                .json(Map.of("name", uniqueName(), "price", 5, "is_deleted", true)).send();
        Http.Response wrongType = http.post("/api/insurances").token(manager)
                .json("{\"name\":\"" + uniqueName() + "\",\"price\":\"cheap\"}").send();

        assertProblem(unknown, 422);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("is_deleted");
        assertProblem(wrongType, 422);
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("price");
    }

    @Test
    void updateOfAnUnknownInsuranceIs404() {
        Http.Response missing = http.put("/api/insurances/" + UUID.randomUUID()).token(tokenOf(MANAGER))
                .json(Map.of("price", 5)).send();

        assertProblem(missing, 404);
    }

    @Test
    void salesPersonMayReadButNotWrite() {
        String sales = tokenOf(SALES);

        assertProblem(create(sales, uniqueName(), 10), 403);
        assertThat(http.get("/api/insurances").token(sales).send().status()).isEqualTo(200);
    }

    @Test
    void anonymousGets401OnTheEmployeeApiAnd200OnThePublicOne() {
        assertProblem(http.get("/api/insurances").send(), 401);
        assertProblem(http.post("/api/insurances").json(Map.of("name", "Nope", "price", 1)).send(), 401);

        Http.Response publicList = http.get("/api/public/insurances").send();
        assertThat(publicList.status()).isEqualTo(200);
        assertThat(names(publicList.json())).contains("Flat Tire", "Earthquake");
    }

    private Http.Response create(String token, String name, double price) {
        return http.post("/api/insurances").token(token).json(Map.of("name", name, "price", price)).send();
    }

    private void assertVisible(String token, String id, String name, String price, String etag) {
        for (Http.Response read : new Http.Response[]{http.get("/api/insurances/" + id).token(token).send(),
                http.get("/api/public/insurances/" + id).send()}) {
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().get("name").asText()).isEqualTo(name);
            assertThat(read.json().get("price").decimalValue()).isEqualByComparingTo(price);
            assertThat(read.header("ETag")).hasValue(etag);
        }
    }

    /** Insurance names are title case, letters only here so the assertion on normalisation is exact. */
    private static String uniqueName() {
        return "Cover " + Names.randomWord();
    }
}
