package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule for {@code limit} and {@code offset} on every list of every service (spec §5): 1–1000 and ≥ 0, else 422. */
class ListParametersHttpTest extends StandaloneTest {

    private static final List<String> EMPLOYEE_LISTS = List.of("/api/brands", "/api/colors", "/api/accessories",
            "/api/insurances", "/api/models", "/api/models?brand_id=" + FORD, "/api/employees", "/api/customers",
            "/api/cars", "/api/purchases");
    private static final List<String> PUBLIC_LISTS = List.of("/api/public/brands", "/api/public/colors",
            "/api/public/accessories", "/api/public/insurances", "/api/public/models",
            "/api/public/models?brand_id=" + FORD);

    @Test
    void everyListRefusesALimitOrOffsetOutsideTheRuleWith422NamingTheField() {
        String manager = tokenOf(MANAGER);
        for (String list : allLists()) {
            String token = list.startsWith("/api/public/") ? null : manager;

            assertInvalid(list, "limit=0", token, "limit");
            assertInvalid(list, "limit=1001", token, "limit");
            assertInvalid(list, "offset=-1", token, "offset");
            assertInvalid(list, "limit=0&offset=-1", token, "limit", "offset");
            assertInvalid(list, "limit=ten", token, "limit");
        }
    }

    @Test
    void theAuditHistoryKeepsTheSameLimitRule() {
        assertInvalid("/api/audit/events", "limit=0", tokenOf(ADMIN), "limit");
        assertInvalid("/api/audit/events", "limit=1001", tokenOf(ADMIN), "limit");
    }

    @Test
    void everyCatalogListIsCutByLimitAndOffsetInNameOrder() {
        String manager = tokenOf(MANAGER);
        for (String list : catalogLists()) {
            String token = list.startsWith("/api/public/") ? null : manager;
            List<String> all = names(ok(list, "limit=1000", token));
            assertThat(all).as(list).hasSizeGreaterThanOrEqualTo(3);

            assertThat(names(ok(list, "limit=2", token))).as(list).isEqualTo(all.subList(0, 2));
            assertThat(names(ok(list, "limit=2&offset=1", token))).as(list).isEqualTo(all.subList(1, 3));
            assertThat(names(ok(list, "offset=" + all.size(), token))).as(list).isEmpty();
        }
    }

    @Test
    void theLimitHoldsWithTheBrandFilterToo() {
        assertThat(ok("/api/models?brand_id=" + FORD, "limit=1000", tokenOf(MANAGER)).size()).isGreaterThan(3);

        assertThat(ok("/api/models?brand_id=" + FORD, "limit=3", tokenOf(MANAGER)).size()).isEqualTo(3);
        assertThat(ok("/api/public/models?brand_id=" + FORD, "limit=3", null).size()).isEqualTo(3);
    }

    private static List<String> allLists() {
        List<String> lists = new ArrayList<>(EMPLOYEE_LISTS);
        lists.addAll(PUBLIC_LISTS);
        return lists;
    }

    private static List<String> catalogLists() {
        return allLists().stream().filter(list -> !list.matches(".*/(employees|customers|cars|purchases)$")).toList();
    }

    private JsonNode ok(String list, String page, String token) {
        Http.Response response = send(list, page, token);
        assertThat(response.status()).as(list + " " + page + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private void assertInvalid(String list, String page, String token, String... fields) {
        Http.Response response = send(list, page, token);
        assertProblem(response, 422);
        List<String> named = new ArrayList<>();
        response.json().get("errors").forEach(error -> named.add(error.get("field").asText()));
        assertThat(named).as(list + " " + page).containsExactlyInAnyOrder(fields);
    }

    private Http.Response send(String list, String page, String token) {
        Http.Call call = http.get(list + (list.contains("?") ? "&" : "?") + page);
        return token == null ? call.send() : call.token(token).send();
    }
}
