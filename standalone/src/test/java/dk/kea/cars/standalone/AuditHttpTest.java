package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Auditors read the history from the event store alone (spec §9). */
class AuditHttpTest extends StandaloneTest {

    @Test
    void anAuditorSeesACarsCreatePurchaseAndDeleteInOrderWithTheActingEmployees() {
        String manager = tokenOf(MANAGER);
        String auditor = newEmployee("auditor")[1];
        String car = newCar(manager, newCustomer(manager), null).json().get("id").asText();
        buy(manager, car);
        http.delete("/api/cars/" + car + "?delete_purchase_too=true").token(tokenOf(ADMIN)).send();

        Http.Response history = http.get("/api/audit/car/" + car + "/history").token(auditor).send();

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode events = history.json();
        assertThat(field(events, "event_type")).containsExactly("CarCreated", "CarPurchased", "CarDeleted");
        assertThat(field(events, "sequence")).containsExactly("0", "1", "2");
        assertThat(events.get(0).get("employee").get("id").asText()).isEqualTo(HANS_ID);
        assertThat(events.get(0).get("employee").get("name").asText()).isEqualTo("Hans Hansen");
        assertThat(events.get(2).get("employee").get("id").asText()).isEqualTo(TOM_ID);
        assertThat(events.get(0).get("position").asLong()).isLessThan(events.get(1).get("position").asLong());
        assertThat(events.get(0).get("revision").asText()).isEqualTo("1");
        assertThat(events.get(0).get("payload").get("total_price").decimalValue()).isEqualByComparingTo("10530.80");
        String purchasedAt = events.get(1).get("occurred_at").asText();
        JsonNode whenBought = http.get("/api/audit/car/" + car + "?as_of=" + purchasedAt).token(auditor).send().json();
        JsonNode tombstone = http.get("/api/audit/car/" + car).token(auditor).send().json();
        assertThat(whenBought.get("sequence").asLong()).isEqualTo(1);
        assertThat(whenBought.get("state").get("purchase_id").asText()).isNotBlank();
        assertThat(whenBought.get("state").get("deleted").asBoolean()).isFalse();
        assertThat(tombstone.get("sequence").asLong()).isEqualTo(2);
        assertThat(tombstone.get("state").get("deleted").asBoolean()).isTrue();
        assertThat(tombstone.get("state").get("total_price").decimalValue()).isEqualByComparingTo("10530.80");
    }

    @Test
    void asOfBetweenCreateAndUpdateAnswersTheOldPrice() throws Exception {
        String manager = tokenOf(MANAGER);
        String id = http.post("/api/insurances").token(manager).json(Map.of("name", "Cover " + Names.randomWord(),
                "price", 10)).send().json().get("id").asText();
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        http.put("/api/insurances/" + id).token(manager).json(Map.of("price", 20)).send();
        String admin = tokenOf(ADMIN);

        JsonNode then = http.get("/api/audit/insurance/" + id + "?as_of=" + between).token(admin).send().json();
        JsonNode now = http.get("/api/audit/insurance/" + id).token(admin).send().json();

        assertThat(then.get("state").get("price").decimalValue()).isEqualByComparingTo("10");
        assertThat(then.get("sequence").asLong()).isZero();
        assertThat(then.get("as_of").asText()).isEqualTo(between.toString());
        assertThat(now.get("state").get("price").decimalValue()).isEqualByComparingTo("20");
        assertThat(now.get("sequence").asLong()).isEqualTo(1);
        assertThat(now.get("state").get("name").asText()).startsWith("Cover ");
        assertProblem(http.get("/api/audit/insurance/" + id + "?as_of=2020-01-01T00:00:00Z").token(admin).send(), 404);
        assertProblem(http.get("/api/audit/insurance/" + id + "?as_of=yesterday").token(admin).send(), 422);
        assertProblem(http.get("/api/audit/name_claim/" + id).token(admin).send(), 404);
        assertProblem(http.get("/api/audit/car/" + id).token(admin).send(), 404);
    }

    @Test
    void theEventListPagesByPositionAndFilters() {
        String admin = tokenOf(ADMIN);

        JsonNode first = http.get("/api/audit/events?limit=5").token(admin).send().json();
        long cursor = first.get("next_after").asLong();
        JsonNode second = http.get("/api/audit/events?limit=5&after=" + cursor).token(admin).send().json();
        JsonNode brands = http.get("/api/audit/events?aggregate_type=brand&limit=1000").token(admin).send().json();

        assertThat(first.get("events")).hasSize(5);
        assertThat(second.get("events").get(0).get("position").asLong()).isGreaterThan(cursor);
        assertThat(field(brands.get("events"), "aggregate_type")).containsOnly("brand");
        assertProblem(http.get("/api/audit/events?limit=0").token(admin).send(), 422);
        Http.Response unknownType = http.get("/api/audit/events?aggregate_type=name_claim").token(admin).send();
        assertProblem(unknownType, 422);
        assertThat(unknownType.body()).contains("aggregate_type").doesNotContain("name_claim");
        assertProblem(http.get("/api/audit/events?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z").token(admin)
                .send(), 422);
    }

    @Test
    void noAuditAnswerEverContainsAPasswordHash() {
        String admin = tokenOf(ADMIN);

        for (String path : List.of("/api/audit/events?aggregate_type=employee&limit=1000",
                "/api/audit/employee/" + JAMES_ID + "/history", "/api/audit/employee/" + JAMES_ID)) {
            Http.Response answer = http.get(path).token(admin).send();
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("$2a$").doesNotContain("$2b$").doesNotContainIgnoringCase("hash")
                    .doesNotContainIgnoringCase("password");
            assertThat(answer.body()).contains("james@gmail.com");
        }
    }

    @Test
    void everyReadModelsProcessorIsListedWithItsLagAndOnlyAdminsReplay() {
        String auditor = newEmployee("auditor")[1];

        JsonNode processors = http.get("/api/audit/projections").token(auditor).send().json();

        assertThat(field(processors, "name")).contains("query-side", "auth-query", "public-query",
                "command-side-lookups");
        for (JsonNode processor : processors) {
            assertThat(processor.get("head").asLong()).isGreaterThanOrEqualTo(processor.get("position").asLong());
            assertThat(processor.get("lag").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(processor.get("segment_count").asInt()).as(processor.toString()).isEqualTo(2);
            assertThat(field(processor.get("segments"), "segment")).as(processor.toString()).containsExactly("0", "1");
            assertThat(processor.get("instances")).hasSize(1);
        }
        Http.Response unknown = http.post("/api/audit/projections/no-such-model/replay").token(tokenOf(ADMIN)).send();
        assertProblem(unknown, 404);
        assertThat(unknown.json().get("detail").asText()).contains("'no-such-model'");
        assertProblem(http.post("/api/audit/projections/public-query/replay").token(auditor).send(), 403);
        Http.Response replay = http.post("/api/audit/projections/public-query/replay").token(tokenOf(ADMIN)).send();
        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                http.get("/api/public/models?brand_id=" + FORD).send().json().size() == 5);
    }

    @Test
    void salesPersonsAndManagersGet403OnEveryAuditEndpoint() {
        for (String token : List.of(tokenOf(SALES), tokenOf(MANAGER))) {
            assertProblem(http.get("/api/audit/events").token(token).send(), 403);
            assertProblem(http.get("/api/audit/car/" + JAMES_ID + "/history").token(token).send(), 403);
            assertProblem(http.get("/api/audit/employee/" + JAMES_ID).token(token).send(), 403);
            assertProblem(http.get("/api/audit/projections").token(token).send(), 403);
        }
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(element -> values.add(element.get(name).asText()));
        return values;
    }
}
