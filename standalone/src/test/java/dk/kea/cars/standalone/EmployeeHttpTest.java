package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Employee administration and what it does to logins and tokens (§3, §4, §6.6). */
class EmployeeHttpTest extends StandaloneTest {

    @Test
    void onlyAdminsAdministerEmployees() {
        Map<String, Object> body = Map.of("email", "x" + Names.randomWord().toLowerCase() + "@kea-cars.dk",
                "password", "Vx" + Names.randomWord() + "!9q", "first_name", "No", "last_name", "Body",
                "role", "sales_person");

        assertProblem(http.post("/api/employees").token(tokenOf(MANAGER)).json(body).send(), 403);
        assertProblem(http.post("/api/employees").token(tokenOf(SALES)).json(body).send(), 403);
        assertThat(http.post("/api/employees").token(tokenOf(ADMIN)).json(body).send().status()).isEqualTo(201);
    }

    @Test
    void aDeletedEmployeesTokenIs403EverywhereAndLoginIs401UntilUndeleted() {
        String[] employee = newEmployee("manager");
        String admin = tokenOf(ADMIN);
        assertThat(http.get("/api/customers").token(employee[1]).send().status()).isEqualTo(200);

        Http.Response deleted = http.delete("/api/employees/" + employee[0]).token(admin).send();

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("is_deleted").asBoolean()).isTrue();
        assertProblem(http.get("/api/customers").token(employee[1]).send(), 403);
        assertProblem(http.post("/api/customers").token(employee[1]).json(Map.of()).send(), 403);
        assertProblem(login(employee[2], employee[3]), 401);

        Http.Response undeleted = http.patch("/api/employees/" + employee[0] + "/undelete").token(admin).send();

        assertThat(undeleted.status()).as(undeleted.body()).isEqualTo(200);
        assertThat(undeleted.json().get("is_deleted").asBoolean()).isFalse();
        assertThat(login(employee[2], employee[3]).status()).isEqualTo(200);
        assertThat(http.get("/api/customers").token(employee[1]).send().status()).isEqualTo(200);
    }

    @Test
    void carsKeepShowingADeletedOwnerWhoCannotOwnNewCars() {
        String[] seller = newEmployee("sales_person");
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        String car = newCar(seller[1], customer, null).json().get("id").asText();

        http.delete("/api/employees/" + seller[0]).token(tokenOf(ADMIN)).send();

        assertThat(http.get("/api/cars/" + car).token(manager).send().json().get("employee").get("is_deleted")
                .asBoolean()).isTrue();
        assertProblem(newCar(manager, customer, seller[0]), 400);
    }

    @Test
    void aRoleChangeTakesEffectAtOnce() {
        String[] employee = newEmployee("manager");
        assertThat(http.get("/api/employees").token(employee[1]).send().status()).isEqualTo(200);

        Http.Response demoted = http.put("/api/employees/" + employee[0]).token(tokenOf(ADMIN))
                .json(Map.of("role", "sales_person")).send();

        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        Http.Response list = http.get("/api/employees").token(employee[1]).send();
        assertThat(list.json()).hasSize(1);
        assertProblem(http.delete("/api/customers/" + newCustomer(employee[1])).token(employee[1]).send(), 403);
    }

    @Test
    void anAdminCannotDeleteOrDemoteThemselves() {
        String admin = tokenOf(ADMIN);

        assertProblem(http.delete("/api/employees/" + TOM_ID).token(admin).send(), 403);
        assertProblem(http.put("/api/employees/" + TOM_ID).token(admin).json(Map.of("role", "manager")).send(), 403);
    }

    @Test
    void weakPasswordsAreRefusedWithoutEchoingThem() {
        Http.Response weak = http.post("/api/employees").token(tokenOf(ADMIN)).json(Map.of(
                "email", Names.randomWord().toLowerCase() + "@kea-cars.dk", "password", "password",
                "first_name", "Weak", "last_name", "Password", "role", "manager")).send();

        assertProblem(weak, 422);
        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(weak.json().get("errors").toString()).doesNotContain("\"password\",\"message\":\"password");
    }

    @Test
    void twentyParallelCreatesWithOneEmailCreateExactlyOneEmployee() throws Exception {
        String admin = tokenOf(ADMIN);
        String email = Names.randomWord().toLowerCase() + "@kea-cars.dk";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Callable<Integer> create = () -> http.post("/api/employees").token(admin).json(Map.of("email", email,
                    "password", "Vx" + Names.randomWord() + "!9q", "first_name", "Same", "last_name", "Mail",
                    "role", "sales_person")).send().status();
            statuses.add(pool.submit(create));
        }
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertThat(answers).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(status -> status == 409).hasSize(19);
        assertThat(http.get("/api/employees").token(admin).send().json().findValuesAsText("email"))
                .filteredOn(email::equals).hasSize(1);
    }

    @Test
    void theEmployeeListShowsActiveEmployeesByDefaultAndDeletedOnesOnRequest() {
        String[] leaver = newEmployee("sales_person");
        String admin = tokenOf(ADMIN);
        http.delete("/api/employees/" + leaver[0]).token(admin).send();

        Http.Response active = http.get("/api/employees?limit=1000").token(admin).send();
        Http.Response deleted = http.get("/api/employees?deleted=true&limit=1000").token(admin).send();

        assertThat(active.json().findValuesAsText("id")).contains(TOM_ID).doesNotContain(leaver[0]);
        assertThat(active.json().findValuesAsText("is_deleted")).containsOnly("false");
        assertThat(deleted.json().findValuesAsText("id")).contains(leaver[0]).doesNotContain(TOM_ID);
    }
}
