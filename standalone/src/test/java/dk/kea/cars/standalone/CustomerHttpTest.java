package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers: partial updates, the email filter and the deletion cascade (§4, §5, §6.5). */
class CustomerHttpTest extends StandaloneTest {

    @Test
    void aPartialUpdateChangesOnlyNamedFieldsAndAnExplicitNullClears() {
        String sales = tokenOf(SALES);
        String id = newCustomer(sales);
        Map<String, Object> changes = new HashMap<>();
        changes.put("phone_number", null);
        changes.put("first_name", "hEnRiK-hEnRy");

        Http.Response updated = http.put("/api/customers/" + id).token(sales).header("If-Match", "\"0\"")
                .json(changes).send();

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode customer = http.get("/api/customers/" + id).token(sales).send().json();
        assertThat(customer.get("first_name").asText()).isEqualTo("Henrik-Henry");
        assertThat(customer.get("phone_number").isNull()).isTrue();
        assertThat(customer.get("address").asText()).isEqualTo("Main Street 1");
        assertThat(customer.get("last_name").asText()).isEqualTo("Berg");
    }

    @Test
    void emailFilterIsACaseInsensitiveSubstring() {
        String sales = tokenOf(SALES);
        String id = newCustomer(sales);
        String email = http.get("/api/customers/" + id).token(sales).send().json().get("email").asText();

        Http.Response found = http.get("/api/customers?email_filter=" + email.substring(0, 6).toUpperCase())
                .token(sales).send();

        assertThat(found.json().findValuesAsText("id")).contains(id);
    }

    @Test
    void salesPersonsMayNotDeleteCustomers() {
        assertProblem(http.delete("/api/customers/" + newCustomer(tokenOf(SALES))).token(tokenOf(SALES)).send(), 403);
    }

    @Test
    void deletingACustomerTakesItsCarsAndTheirPurchasesAndFreesTheEmail() {
        String manager = tokenOf(MANAGER);
        String customerId = newCustomer(manager);
        String email = http.get("/api/customers/" + customerId).token(manager).send().json().get("email").asText();
        String boughtCar = newCar(manager, customerId, null).json().get("id").asText();
        String otherCar = newCar(manager, customerId, null).json().get("id").asText();
        String purchaseId = buy(manager, boughtCar).json().get("id").asText();

        Http.Response deleted = http.delete("/api/customers/" + customerId).token(manager).send();

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertProblem(http.get("/api/customers/" + customerId).token(manager).send(), 404);
        assertProblem(http.get("/api/cars/" + boughtCar).token(manager).send(), 404);
        assertProblem(http.get("/api/cars/" + otherCar).token(manager).send(), 404);
        assertProblem(http.get("/api/purchases/" + purchaseId).token(manager).send(), 404);
        assertProblem(http.get("/api/cars?customer_id=" + customerId).token(manager).send(), 404);
        Http.Response again = http.post("/api/customers").token(manager).json(Map.of("email", email,
                "first_name", "Anna", "last_name", "Again")).send();
        assertThat(again.status()).as(again.body()).isEqualTo(201);
    }

    @Test
    void duplicateCustomerEmailIsAConflictButEmployeesEmailsAreAnotherWorld() {
        String sales = tokenOf(SALES);
        String email = http.get("/api/customers/" + newCustomer(sales)).token(sales).send().json().get("email").asText();

        Http.Response duplicate = http.post("/api/customers").token(sales).json(Map.of("email", email.toUpperCase(),
                "first_name", "Dup", "last_name", "Licate")).send();
        Http.Response likeAnEmployee = http.post("/api/customers").token(sales).json(Map.of(
                "email", "hans@gmail.com", "first_name", "Hans", "last_name", "Customer")).send();

        assertProblem(duplicate, 409);
        assertThat(likeAnEmployee.status()).isIn(201, 409);
    }
}
