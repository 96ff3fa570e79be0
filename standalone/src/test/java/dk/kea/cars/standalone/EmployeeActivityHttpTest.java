package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who did what in one action (issue 14): an employee's events, request by request, cascades included. */
class EmployeeActivityHttpTest extends StandaloneTest {

    @Test
    void anAuditorSeesWhatAnEmployeeDidOneRequestAtATimeCascadesIncluded() {
        String[] manager = newEmployee("manager");
        String auditor = newEmployee("auditor")[1];
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> requests = List.of("create-customer-" + run, "create-car-" + run, "buy-" + run,
                "delete-customer-" + run);
        Http.Response customer = http.post("/api/customers").token(manager[1])
                .header("X-Correlation-Id", requests.get(0)).json(Map.of("email", "act-" + run + "@example.com",
                        "first_name", "Anna", "last_name", "Berg", "phone_number", "12345678")).send();
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        String customerId = customer.json().get("id").asText();
        Http.Response car = http.post("/api/cars").token(manager[1]).header("X-Correlation-Id", requests.get(1))
                .json(Map.of("models_id", R8, "colors_id", WHITE, "customers_id", customerId)).send();
        assertThat(car.status()).as(car.body()).isEqualTo(201);
        String carId = car.json().get("id").asText();
        Http.Response bought = http.post("/api/purchases").token(manager[1])
                .header("X-Correlation-Id", requests.get(2)).json(Map.of("cars_id", carId)).send();
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        Http.Response deleted = http.delete("/api/customers/" + customerId).token(manager[1])
                .header("X-Correlation-Id", requests.get(3)).send();
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        String activity = "/api/audit/employees/" + manager[0] + "/activity";

        await().atMost(Duration.ofSeconds(30)).until(() -> eventTypes(http.get(activity).token(auditor).send()
                .json()).size() == 4 && eventTypes(http.get(activity).token(auditor).send().json()).get(3).size() == 3);
        JsonNode page = http.get(activity).token(auditor).send().json();

        assertThat(page.get("employee").get("id").asText()).isEqualTo(manager[0]);
        assertThat(page.get("employee").get("name").asText()).isEqualTo("Test Person");
        assertThat(correlationIds(page)).containsExactlyElementsOf(requests);
        assertThat(eventTypes(page)).containsExactly(List.of("CustomerCreated"), List.of("CarCreated"),
                List.of("CarPurchased", "PurchaseCreated"), List.of("CustomerDeleted", "CarDeleted", "PurchaseDeleted"));
        JsonNode cascade = page.get("requests").get(3);
        assertThat(cascade.get("started_at").asText()).isEqualTo(cascade.get("events").get(0).get("occurred_at")
                .asText());
        JsonNode carDeleted = cascade.get("events").get(1);
        assertThat(carDeleted.get("aggregate_type").asText()).isEqualTo("car");
        assertThat(carDeleted.get("aggregate_id").asText()).isEqualTo(carId);
        assertThat(carDeleted.get("sequence").asLong()).isEqualTo(2);
        assertThat(carDeleted.get("position").asLong())
                .isGreaterThan(cascade.get("events").get(0).get("position").asLong());
        assertThat(page.get("next_after").asLong()).isEqualTo(cascade.get("events").get(2).get("position").asLong());
    }

    @Test
    void theActivityPagesByRequestAfterAPosition() {
        String[] seller = newEmployee("sales_person");
        String admin = tokenOf(ADMIN);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            customers.add(newCustomer(seller[1]));
        }
        String activity = "/api/audit/employees/" + seller[0] + "/activity";

        JsonNode first = http.get(activity + "?limit=2").token(admin).send().json();
        JsonNode second = http.get(activity + "?limit=2&after=" + first.get("next_after").asLong()).token(admin)
                .send().json();
        JsonNode end = http.get(activity + "?limit=2&after=" + second.get("next_after").asLong()).token(admin)
                .send().json();

        assertThat(aggregateIds(first)).containsExactly(customers.get(0), customers.get(1));
        assertThat(aggregateIds(second)).containsExactly(customers.get(2));
        assertThat(end.get("requests")).isEmpty();
        assertThat(end.get("next_after").asLong()).isEqualTo(second.get("next_after").asLong());
    }

    @Test
    void onlyAuditorsAndAdminsReadTheTrailAndTheIntegrity() {
        String manager = tokenOf(MANAGER);
        String seller = tokenOf(SALES);
        String auditor = newEmployee("auditor")[1];
        String activity = "/api/audit/employees/" + JAMES_ID + "/activity";

        for (String refused : List.of(manager, seller)) {
            assertProblem(http.get(activity).token(refused).send(), 403);
            assertProblem(http.get("/api/audit/integrity").token(refused).send(), 403);
        }
        for (String allowed : List.of(auditor, tokenOf(ADMIN))) {
            assertThat(http.get(activity + "?limit=1").token(allowed).send().status()).isEqualTo(200);
            Http.Response integrity = http.get("/api/audit/integrity?limit=1").token(allowed).send();
            assertThat(integrity.status()).as(integrity.body()).isEqualTo(200);
            assertThat(integrity.json().get("events_checked").asLong()).isEqualTo(1);
        }
        assertProblem(http.get("/api/audit/employees/" + UUID.randomUUID() + "/activity").token(auditor).send(),
                404);
        assertProblem(http.get(activity + "?limit=0").token(auditor).send(), 422);
        assertProblem(http.get(activity + "?after=-1").token(auditor).send(), 422);
    }

    private static List<String> correlationIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("requests").forEach(request -> ids.add(request.get("correlation_id").asText()));
        return ids;
    }

    private static List<List<String>> eventTypes(JsonNode page) {
        List<List<String>> types = new ArrayList<>();
        page.get("requests").forEach(request -> {
            List<String> ofRequest = new ArrayList<>();
            request.get("events").forEach(event -> ofRequest.add(event.get("event_type").asText()));
            types.add(ofRequest);
        });
        return types;
    }

    private static List<String> aggregateIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("requests").forEach(request -> request.get("events")
                .forEach(event -> ids.add(event.get("aggregate_id").asText())));
        return ids;
    }
}
