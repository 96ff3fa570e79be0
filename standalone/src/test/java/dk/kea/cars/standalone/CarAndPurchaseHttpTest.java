package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Cars and purchases: prices, ownership, visibility, deadlines, and one purchase per car (§4, §6.1–§6.4). */
class CarAndPurchaseHttpTest extends StandaloneTest {

    @Test
    void aCarIsPricedExactlyAndShownWithEverythingEmbedded() {
        String sales = tokenOf(SALES);

        Http.Response car = newCar(sales, newCustomer(sales), null);

        assertThat(car.status()).as(car.body()).isEqualTo(201);
        JsonNode body = car.json();
        assertThat(body.get("total_price").decimalValue()).isEqualByComparingTo("10530.80");
        assertThat(body.get("is_purchased").asBoolean()).isFalse();
        assertThat(body.get("employee").get("id").asText()).isEqualTo(JAMES_ID);
        assertThat(body.get("model").get("brand").get("name").asText()).isEqualTo("Audi");
        assertThat(body.get("color").get("name").asText()).isEqualTo("white");
        assertThat(body.get("accessories").get(0).get("name").asText()).isEqualTo("Tinted Windows");
        assertThat(body.get("insurances").get(0).get("name").asText()).isEqualTo("Earthquake");
        assertThat(LocalDate.parse(body.get("purchase_deadline").asText()))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30));
    }

    @Test
    void aSalesPersonOwnsWhatTheyCreateAndSeesOnlyTheirOwnCars() {
        String sales = tokenOf(SALES);
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        String managersCar = newCar(manager, customer, HANS_ID).json().get("id").asText();

        assertProblem(newCar(sales, customer, HANS_ID), 403);
        assertProblem(http.get("/api/cars/" + managersCar).token(sales).send(), 403);
        assertProblem(http.get("/api/cars?employee_id=" + HANS_ID).token(sales).send(), 403);
        assertProblem(buy(sales, managersCar), 403);
        assertProblem(http.delete("/api/cars/" + managersCar).token(sales).send(), 403);
        JsonNode visible = http.get("/api/cars?limit=1000").token(sales).send().json();
        assertThat(visible.findValuesAsText("id")).doesNotContain(managersCar);
        for (JsonNode car : visible) {
            assertThat(car.get("employee").get("id").asText()).isEqualTo(JAMES_ID);
        }
    }

    @Test
    void carRulesAnswerTheRightProblems() {
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        String blackOnlyModelColor = BLUE;

        assertProblem(http.post("/api/cars").token(manager).json(Map.of("models_id", R8, "colors_id",
                blackOnlyModelColor, "customers_id", customer)).send(), 400);
        Http.Response missing = http.post("/api/cars").token(manager).json(Map.of("models_id", R8, "colors_id",
                WHITE, "customers_id", customer, "accessory_ids", List.of(UUID.randomUUID().toString()))).send();
        assertProblem(missing, 404);
        assertThat(missing.json().get("detail").asText()).contains("accessory");
        assertProblem(http.post("/api/cars").token(manager).json(Map.of("models_id", R8, "colors_id", WHITE,
                "customers_id", UUID.randomUUID().toString())).send(), 404);
        assertProblem(http.post("/api/cars").token(manager).json(Map.of("models_id", R8, "colors_id", WHITE,
                "customers_id", customer, "purchase_deadline",
                LocalDate.now(ZoneOffset.UTC).plusDays(31).toString())).send(), 422);
    }

    @Test
    void aPurchasedCarNeedsDeletePurchaseTooAndTakesItsPurchase() {
        String manager = tokenOf(MANAGER);
        String car = newCar(manager, newCustomer(manager), null).json().get("id").asText();
        Http.Response purchase = buy(manager, car);
        assertThat(purchase.status()).as(purchase.body()).isEqualTo(201);
        assertThat(purchase.json().get("car").get("is_purchased").asBoolean()).isTrue();
        String purchaseId = purchase.json().get("id").asText();
        assertThat(http.get("/api/purchases/car/" + car).token(manager).send().json().get("id").asText())
                .isEqualTo(purchaseId);

        assertProblem(http.delete("/api/cars/" + car).token(manager).send(), 400);
        Http.Response deleted = http.delete("/api/cars/" + car + "?delete_purchase_too=true").token(manager).send();

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertProblem(http.get("/api/cars/" + car).token(manager).send(), 404);
        assertProblem(http.get("/api/purchases/" + purchaseId).token(manager).send(), 404);
    }

    @Test
    void purchaseDatesFollowTheRules() {
        String manager = tokenOf(MANAGER);
        String car = newCar(manager, newCustomer(manager), null).json().get("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertProblem(http.post("/api/purchases").token(manager).json(Map.of("cars_id", car,
                "date_of_purchase", today.plusDays(1).toString())).send(), 422);
        assertProblem(http.post("/api/purchases").token(manager).json(Map.of("cars_id", car,
                "date_of_purchase", "2022-12-31")).send(), 422);
        assertProblem(http.post("/api/purchases").token(manager).json(Map.of("cars_id",
                UUID.randomUUID().toString())).send(), 404);
        Http.Response bought = http.post("/api/purchases").token(manager).json(Map.of("cars_id", car,
                "date_of_purchase", "2023-01-01")).send();
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        assertThat(bought.json().get("date_of_purchase").asText()).isEqualTo("2023-01-01");
    }

    @Test
    void twentyParallelPurchasesOfOneCarMakeExactlyOnePurchase() throws Exception {
        String manager = tokenOf(MANAGER);
        String car = newCar(manager, newCustomer(manager), null).json().get("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> buy(manager, car).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
        JsonNode purchases = http.get("/api/purchases?limit=1000").token(manager).send().json();
        assertThat(purchases.findValues("car").stream().filter(c -> c.get("id").asText().equals(car))).hasSize(1);
    }

    @Test
    void laterCatalogPriceChangesDoNotAlterExistingCars() {
        String manager = tokenOf(MANAGER);
        String accessory = http.post("/api/accessories").token(manager).json(Map.of("name", Names.randomWord(),
                "price", 100)).send().json().get("id").asText();
        Http.Response car = http.post("/api/cars").token(manager).json(Map.of("models_id", R8, "colors_id", WHITE,
                "customers_id", newCustomer(manager), "accessory_ids", List.of(accessory))).send();
        assertThat(car.json().get("total_price").decimalValue()).isEqualByComparingTo("10500.90");

        http.put("/api/accessories/" + accessory).token(manager).json(Map.of("price", 5000)).send();

        JsonNode after = http.get("/api/cars/" + car.json().get("id").asText()).token(manager).send().json();
        assertThat(after.get("total_price").decimalValue()).isEqualByComparingTo("10500.90");
        assertThat(after.get("accessories").get(0).get("price").decimalValue()).isEqualByComparingTo("5000");
    }

    @Test
    void theDemoCarsAreThereWithTheirPrices() {
        String admin = tokenOf(ADMIN);

        JsonNode series1 = http.get("/api/cars/a1c0de00-0000-4000-8000-000000000002").token(admin).send().json();

        assertThat(series1.get("total_price").decimalValue()).isEqualByComparingTo("10420.70");
        assertThat(series1.get("is_purchased").asBoolean()).isTrue();
        assertThat(http.get("/api/cars/a1c0de00-0000-4000-8000-000000000001").token(admin).send().json()
                .get("total_price").decimalValue()).isEqualByComparingTo("10530.80");
    }

    @Test
    void aDeletedCarIs404ForASecondDeleteToo() {
        String manager = tokenOf(MANAGER);
        String car = newCar(manager, newCustomer(manager), null).json().get("id").asText();
        assertThat(http.delete("/api/cars/" + car).token(manager).send().status()).isEqualTo(204);

        Http.Response again = http.delete("/api/cars/" + car).token(manager).send();

        assertProblem(again, 404);
        assertThat(again.json().get("detail").asText()).contains(car);
    }
}
