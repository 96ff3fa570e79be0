package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Object-level authorization and mass assignment (§3, §4, §5): ids and extra fields in requests grant nothing. */
class AccessControlHttpTest extends StandaloneTest {

    @Test
    void aSalesPersonCannotReadAnotherEmployeesPurchaseButSharesCustomers() {
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        Http.Response car = newCar(manager, customer, null);
        assertThat(car.status()).as(car.body()).isEqualTo(201);
        Http.Response purchase = buy(manager, car.json().get("id").asText());
        assertThat(purchase.status()).as(purchase.body()).isEqualTo(201);
        String[] seller = newEmployee("sales_person");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                http.get("/api/customers/" + customer).token(seller[1]).send().status() == 200);

        Http.Response othersPurchase = http.get("/api/purchases/" + purchase.json().get("id").asText())
                .token(seller[1]).send();
        Http.Response othersCar = http.get("/api/cars/" + car.json().get("id").asText()).token(seller[1]).send();
        Http.Response othersPurchaseByCar = http.get("/api/purchases/car/" + car.json().get("id").asText())
                .token(seller[1]).send();

        assertProblem(othersPurchase, 403);
        assertProblem(othersCar, 403);
        assertProblem(othersPurchaseByCar, 403);
        assertThat(http.get("/api/customers/" + customer).token(seller[1]).send().json().get("id").asText())
                .isEqualTo(customer);
    }

    @Test
    void aSalesPersonCannotCreateACarForAnotherEmployee() {
        String sales = tokenOf(SALES);
        String customer = newCustomer(sales);

        assertProblem(newCar(sales, customer, HANS_ID), 403);
        assertProblem(newCar(sales, customer, TOM_ID), 403);
        Http.Response own = newCar(sales, customer, JAMES_ID);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
    }

    @Test
    void serverOwnedFieldsInACustomerBodyAre422() {
        String manager = tokenOf(MANAGER);
        String id = newCustomer(manager);
        for (Map.Entry<String, Object> extra : Map.<String, Object>of("is_deleted", true, "version", 7,
                "role", "admin", "employee_id", TOM_ID).entrySet()) {
            Map<String, Object> body = new HashMap<>(Map.of("email", Names.randomWord().toLowerCase() + "@example.com",
                    "first_name", "Anna", "last_name", "Berg"));
            body.put(extra.getKey(), extra.getValue());

            Http.Response created = http.post("/api/customers").token(manager).json(body).send();
            Http.Response changed = http.put("/api/customers/" + id).token(manager)
                    .json(Map.of(extra.getKey(), extra.getValue())).send();

            assertProblem(created, 422);
            assertProblem(changed, 422);
        }
        Http.Response customer = http.get("/api/customers/" + id).token(manager).send();
        assertThat(customer.status()).isEqualTo(200);
        assertThat(customer.json().has("is_deleted")).isFalse();
        assertThat(customer.json().has("version")).isFalse();
    }
}
