package dk.kea.cars.standalone;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A car needs an existing customer and a deleted customer's cars go with it (§6.2, §6.5), also when the car is
 * created while the customer is being deleted.
 */
class CustomerDeletionRaceHttpTest extends StandaloneTest {

    @Autowired
    EventProcessingConfiguration processing;

    /**
     * The race made reproducible: the command side's lookups are held back, so the car's creation still sees the
     * customer that is already deleted, and the car's event comes after the deletion's.
     */
    @Test
    void aCarCreatedAfterItsCustomersDeletionWasStoredGoesWithTheCustomer() {
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        TrackingEventProcessor lookups = processing.eventProcessor("command-side-lookups",
                TrackingEventProcessor.class).orElseThrow();
        String car;
        lookups.shutDown();
        try {
            assertThat(http.delete("/api/customers/" + customer).token(manager).send().status()).isIn(202, 204);
            Http.Response created = newCar(manager, customer, null);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            car = created.json().get("id").asText();
        } finally {
            lookups.start();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertProblem(http.get("/api/cars/" + car).token(manager).send(), 404));
        assertProblem(buy(manager, car), 404);
        assertProblem(http.get("/api/customers/" + customer).token(manager).send(), 404);
    }

    /** Rounds of concurrent pairs (delete a customer, create a car for it): no car or purchase outlives its customer. */
    @Test
    void concurrentDeletesAndCarCreatesLeaveNoCarWithoutItsCustomer() throws Exception {
        String manager = tokenOf(MANAGER);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<String> createdCars = new ArrayList<>();
        try {
            for (int round = 0; round < 10; round++) {
                List<String> customers = new ArrayList<>();
                for (int pair = 0; pair < 10; pair++) {
                    customers.add(newCustomer(manager));
                }
                List<Future<Http.Response>> cars = new ArrayList<>();
                List<Future<Http.Response>> deletes = new ArrayList<>();
                for (String customer : customers) {
                    cars.add(pool.submit(() -> new Http(port).post("/api/cars").token(manager).json(java.util.Map.of(
                            "models_id", R8, "colors_id", WHITE, "customers_id", customer)).send()));
                    deletes.add(pool.submit(() -> new Http(port).delete("/api/customers/" + customer).token(manager)
                            .send()));
                }
                for (Future<Http.Response> delete : deletes) {
                    assertThat(delete.get().status()).as(delete.get().body()).isIn(202, 204);
                }
                for (Future<Http.Response> car : cars) {
                    Http.Response answer = car.get();
                    assertThat(answer.status()).as(answer.body()).isIn(201, 202, 404);
                    answer.header("Location").ifPresent(location ->
                            createdCars.add(location.substring(location.lastIndexOf('/') + 1)));
                }
            }
        } finally {
            pool.shutdown();
        }

        for (String car : createdCars) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertProblem(http.get("/api/cars/" + car).token(manager).send(), 404));
            assertProblem(buy(manager, car), 404);
        }
    }
}
