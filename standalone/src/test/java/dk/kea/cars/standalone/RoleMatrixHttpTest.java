package dk.kea.cars.standalone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of spec §4, each role against each write and each read group. "Allowed" means the request got
 * past authorisation (any answer but 401/403); "denied" means 403.
 */
class RoleMatrixHttpTest extends StandaloneTest {

    private final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeEach
    void tokens() {
        tokens.put("admin", tokenOf(ADMIN));
        tokens.put("manager", tokenOf(MANAGER));
        tokens.put("sales_person", tokenOf(SALES));
        tokens.put("auditor", auditorToken());
    }

    @Test
    void writes() {
        String unknown = UUID.randomUUID().toString();
        expect("POST", "/api/employees", Map.of(), List.of("admin"));
        expect("PUT", "/api/employees/" + unknown, Map.of(), List.of("admin"));
        expect("DELETE", "/api/employees/" + unknown, null, List.of("admin"));
        expect("PATCH", "/api/employees/" + unknown + "/undelete", null, List.of("admin"));
        expect("POST", "/api/customers", Map.of(), List.of("admin", "manager", "sales_person"));
        expect("PUT", "/api/customers/" + unknown, Map.of(), List.of("admin", "manager", "sales_person"));
        expect("DELETE", "/api/customers/" + unknown, null, List.of("admin", "manager"));
        expect("POST", "/api/customers/" + unknown + "/erase", null, List.of("admin"));
        for (String catalog : List.of("insurances", "brands", "colors", "accessories", "models")) {
            expect("POST", "/api/" + catalog, Map.of(), List.of("admin", "manager"));
            expect("PUT", "/api/" + catalog + "/" + unknown, Map.of(), List.of("admin", "manager"));
        }
        expect("POST", "/api/cars", Map.of(), List.of("admin", "manager", "sales_person"));
        expect("DELETE", "/api/cars/" + unknown, null, List.of("admin", "manager", "sales_person"));
        expect("POST", "/api/purchases", Map.of(), List.of("admin", "manager", "sales_person"));
    }

    @Test
    void reads() {
        List<String> everyone = List.of("admin", "manager", "sales_person", "auditor");
        for (String path : List.of("/api/employees", "/api/customers", "/api/insurances", "/api/brands",
                "/api/colors", "/api/accessories", "/api/models", "/api/cars", "/api/purchases")) {
            expect("GET", path, null, everyone);
        }
    }

    private void expect(String method, String path, Object body, List<String> allowed) {
        tokens.forEach((role, token) -> {
            Http.Call call = switch (method) {
                case "GET" -> http.get(path);
                case "POST" -> http.post(path);
                case "PUT" -> http.put(path);
                case "PATCH" -> http.patch(path);
                default -> http.delete(path);
            };
            if (body != null) {
                call.json(body);
            }
            int status = call.token(token).send().status();
            if (allowed.contains(role)) {
                assertThat(status).as(role + " " + method + " " + path).isNotIn(401, 403);
            } else {
                assertThat(status).as(role + " " + method + " " + path).isEqualTo(403);
            }
        });
    }

    private String auditorToken() {
        return newEmployee("auditor")[1];
    }
}
