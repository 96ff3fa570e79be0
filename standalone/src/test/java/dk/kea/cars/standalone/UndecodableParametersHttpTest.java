package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form or query parameter that is not percent-encoded UTF-8 ({@code %ED%A0%BD} is an encoded lone surrogate) is
 * the client's fault: a 400 problem from every service, never a 500 (§8), and it changes nothing.
 */
class UndecodableParametersHttpTest extends StandaloneTest {

    private static final String UNDECODABLE = "%ED%A0%BD";

    @Test
    void theTokenFormOfAuthQuery() {
        assertBadRequest(http.post("/api/auth/token").form("username=" + UNDECODABLE + "&password=whatever").send());
    }

    @Test
    void aQueryParameterOfQuerySide() {
        assertBadRequest(http.get("/api/customers?email_filter=" + UNDECODABLE).token(tokenOf(SALES)).send());
    }

    @Test
    void aQueryParameterOfPublicQuery() {
        assertBadRequest(http.get("/api/public/models?brand_id=" + UNDECODABLE).send());
    }

    @Test
    void aQueryParameterOfTheCommandSideChangesNothing() {
        String manager = tokenOf(MANAGER);
        String car = newCar(manager, newCustomer(manager), null).json().get("id").asText();

        assertBadRequest(http.delete("/api/cars/" + car + "?delete_purchase_too=" + UNDECODABLE).token(manager)
                .send());
        assertThat(http.get("/api/cars/" + car).token(manager).send().status()).isEqualTo(200);
    }

    private static void assertBadRequest(Http.Response response) {
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asText()).contains("percent-encoded UTF-8")
                .doesNotContain(UNDECODABLE);
    }
}
