package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in as each demo role, and the generic answer to a bad login (§3). */
class AuthHttpTest extends StandaloneTest {

    @Test
    void everyDemoRoleLogsInAndGetsASignedTokenForItsRole() throws Exception {
        for (var demo : java.util.List.of(new String[]{ADMIN, "admin"}, new String[]{MANAGER, "manager"},
                new String[]{SALES, "sales_person"})) {
            tokenOf(demo[0]);
            Http.Response login = login(demo[0], DEMO_PASSWORDS.get(demo[0]));

            assertThat(login.status()).as(login.body()).isEqualTo(200);
            JsonNode body = login.json();
            assertThat(body.get("token_type").asText()).isEqualToIgnoringCase("bearer");
            assertThat(body.get("expires_in").asLong()).isPositive();
            assertThat(body.get("employee").get("email").asText()).isEqualTo(demo[0]);
            assertThat(body.get("employee").get("role").asText()).isEqualTo(demo[1]);
            assertThat(body.toString()).doesNotContain("password").doesNotContain("$2a$");
            JsonNode claims = Http.mapper().readTree(Base64.getUrlDecoder()
                    .decode(body.get("access_token").asText().split("\\.")[1]));
            assertThat(claims.get("role").asText()).isEqualTo(demo[1]);
            assertThat(claims.get("sub").asText()).isEqualTo(body.get("employee").get("id").asText());
            assertThat(claims.has("iat")).isTrue();
            assertThat(claims.has("exp")).isTrue();
        }
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameGeneric401() {
        tokenOf(ADMIN);

        Http.Response wrongPassword = login(ADMIN, "not-the-password");
        Http.Response unknownEmail = login("nobody@example.com", "whatever1");

        assertProblem(wrongPassword, 401);
        assertProblem(unknownEmail, 401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownEmail.json().get("detail"));
        assertThat(wrongPassword.body()).doesNotContain("not-the-password");
    }

    @Test
    void swaggerFormLoginWorksToo() {
        tokenOf(MANAGER);

        Http.Response form = http.post("/api/auth/token").form("username=hans%40gmail.com&password=hans123").send();

        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.json().get("access_token").asText()).isNotBlank();
    }

    @Test
    void aTamperedTokenIs401() {
        String token = tokenOf(MANAGER);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertProblem(http.get("/api/brands").token(tampered).send(), 401);
    }
}
