package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids are client-chosen and one id space is shared by every type: an id that belongs to another type is a conflict
 * for a create and "not found" for anything else, never a fault (§8), and it changes nothing.
 */
class IdOfAnotherTypeHttpTest extends StandaloneTest {

    private static final String NIL = "00000000-0000-0000-0000-000000000000";

    @Test
    void aCreateWithTheIdOfAnotherTypesEntityIsAConflictNamingTheId() {
        String manager = tokenOf(MANAGER);
        String insurance = newInsurance(manager, UUID.randomUUID().toString());

        Http.Response customer = http.post("/api/customers").token(manager).json(Map.of("id", insurance,
                "email", Names.randomWord().toLowerCase() + "@example.com", "first_name", "Anna",
                "last_name", "Berg")).send();

        assertProblem(customer, 409);
        assertThat(customer.json().get("detail").asText()).contains(insurance);
        assertProblem(http.get("/api/customers/" + insurance).token(manager).send(), 404);
        assertThat(http.get("/api/insurances/" + insurance).token(manager).send().header("ETag")).hasValue("\"0\"");
    }

    @Test
    void theNilUuidBelongsToOneTypeOnly() {
        String manager = tokenOf(MANAGER);
        assertThat(http.post("/api/accessories").token(manager).json(Map.of("id", NIL,
                "name", "Nil " + Names.randomWord(), "price", 5)).send().status()).isIn(200, 201);

        assertProblem(http.post("/api/brands").token(manager).json(Map.of("id", NIL, "name", Names.randomWord(),
                "logo_url", "https://example.com/logo.png")).send(), 409);
        assertProblem(http.post("/api/cars").token(manager).json(Map.of("id", NIL, "models_id", R8,
                "colors_id", WHITE, "customers_id", newCustomer(manager))).send(), 409);
    }

    @Test
    void otherWritesOnAnIdOfAnotherTypeAreNotFound() {
        String manager = tokenOf(MANAGER);
        String insurance = newInsurance(manager, UUID.randomUUID().toString());
        String car = newCar(manager, newCustomer(manager), null).json().get("id").asText();

        Http.Response deleteCar = http.delete("/api/cars/" + insurance).token(manager).send();
        Http.Response putBrand = http.put("/api/brands/" + car).token(manager).json(Map.of("name", "Renamed")).send();
        Http.Response buyInsurance = buy(manager, insurance);

        assertProblem(deleteCar, 404);
        assertThat(deleteCar.json().get("detail").asText()).contains("car").contains(insurance);
        assertProblem(putBrand, 404);
        assertThat(putBrand.json().get("detail").asText()).contains("brand").contains(car);
        assertProblem(buyInsurance, 404);
        assertProblem(http.delete("/api/customers/" + car).token(manager).send(), 404);
        assertThat(http.get("/api/cars/" + car).token(manager).send().header("ETag")).hasValue("\"0\"");
    }

    private String newInsurance(String token, String id) {
        Http.Response created = http.post("/api/insurances").token(token).json(Map.of("id", id,
                "name", "Cover " + Names.randomWord(), "price", 10)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }
}
