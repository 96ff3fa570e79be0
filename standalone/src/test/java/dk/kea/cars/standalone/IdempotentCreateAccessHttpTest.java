package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An idempotent create that hits an existing resource answers with that resource, so it applies the read rule of
 * {@code GET} (§4): a sales person never gets another's car or purchase through a create.
 */
class IdempotentCreateAccessHttpTest extends StandaloneTest {

    @Test
    void aSalesPersonCreatingWithTheIdOfAnothersCarGets403AndNoData() {
        String manager = tokenOf(MANAGER);
        String sales = tokenOf(SALES);
        String customer = newCustomer(manager);
        String managersCar = newCar(manager, customer, HANS_ID).json().get("id").asText();
        assertProblem(http.get("/api/cars/" + managersCar).token(sales).send(), 403);

        Http.Response create = http.post("/api/cars").token(sales).json(car(managersCar, customer)).send();

        assertProblem(create, 403);
        assertThat(create.body()).doesNotContain(customer).doesNotContain(HANS_ID);
        assertThat(http.get("/api/cars/" + managersCar).token(manager).send().header("ETag")).hasValue("\"0\"");
    }

    @Test
    void theOwnerAndManagersStillGetTheExistingCarWith200() {
        String sales = tokenOf(SALES);
        String customer = newCustomer(sales);
        String car = newCar(sales, customer, null).json().get("id").asText();

        Http.Response ownRetry = http.post("/api/cars").token(sales).json(car(car, customer)).send();
        Http.Response managersRetry = http.post("/api/cars").token(tokenOf(MANAGER)).json(car(car, customer)).send();

        assertThat(ownRetry.status()).as(ownRetry.body()).isEqualTo(200);
        assertThat(ownRetry.json().get("id").asText()).isEqualTo(car);
        assertThat(managersRetry.status()).as(managersRetry.body()).isEqualTo(200);
    }

    @Test
    void aCreateWithTheIdOfADeletedCarIsNotFound() {
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        String car = newCar(manager, customer, null).json().get("id").asText();
        assertThat(http.delete("/api/cars/" + car).token(manager).send().status()).isEqualTo(204);

        assertProblem(http.post("/api/cars").token(manager).json(car(car, customer)).send(), 404);
    }

    @Test
    void aPurchaseCreatedWithTheIdOfAnothersPurchaseShowsNothingOfIt() {
        String manager = tokenOf(MANAGER);
        String sales = tokenOf(SALES);
        String managersCar = newCar(manager, newCustomer(manager), HANS_ID).json().get("id").asText();
        String managersPurchase = buy(manager, managersCar).json().get("id").asText();
        String ownCar = newCar(sales, newCustomer(sales), null).json().get("id").asText();

        Http.Response create = http.post("/api/purchases").token(sales)
                .json(Map.of("id", managersPurchase, "cars_id", ownCar)).send();

        assertProblem(create, 409);
        assertThat(create.body()).doesNotContain(managersCar);
        assertThat(http.get("/api/cars/" + ownCar).token(sales).send().json().get("is_purchased").asBoolean())
                .isFalse();
        assertProblem(http.post("/api/purchases").token(sales)
                .json(Map.of("id", managersPurchase, "cars_id", managersCar)).send(), 403);
    }

    /** The owner's retries race a stranger's attempts on the same id: the stranger never gets the car. */
    @Test
    void concurrentRetriesOfTheOwnerAndAStrangerOnOneCarId() throws Exception {
        String manager = tokenOf(MANAGER);
        String[] stranger = newEmployee("sales_person");
        String customer = newCustomer(manager);
        String car = newCar(manager, customer, HANS_ID).json().get("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Http.Response>> owners = new ArrayList<>();
        List<Future<Http.Response>> strangers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            owners.add(pool.submit(send(manager, car(car, customer))));
            strangers.add(pool.submit(send(stranger[1], car(car, customer))));
        }
        for (Future<Http.Response> answer : owners) {
            assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
        }
        for (Future<Http.Response> answer : strangers) {
            assertProblem(answer.get(), 403);
            assertThat(answer.get().body()).doesNotContain(customer);
        }
        pool.shutdown();
        assertThat(http.get("/api/cars/" + car).token(manager).send().json().get("employee").get("id").asText())
                .isEqualTo(HANS_ID);
    }

    private Callable<Http.Response> send(String token, Map<String, Object> body) {
        return () -> new Http(port).post("/api/cars").token(token).json(body).send();
    }

    private static Map<String, Object> car(String id, String customer) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "models_id", R8, "colors_id", WHITE,
                "customers_id", customer));
        return body;
    }
}
