package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that is not valid Unicode (a lone surrogate from JSON's {@code \\uD83D} escape) is refused with 422 in every
 * text field (§5), so no API can show it differently from another; a paired surrogate (an emoji) is fine.
 */
class UnicodeTextHttpTest extends StandaloneTest {

    private static final String LONE = "Ab\\ud83d";

    @Test
    void anInsuranceNameWithALoneSurrogateIsInvalidAndNothingIsStored() {
        String manager = tokenOf(MANAGER);
        String name = "Cover " + Names.randomWord();

        Http.Response created = http.post("/api/insurances").token(manager)
                .json("{\"name\":\"" + name + LONE + "\",\"price\":1}").send();

        assertProblem(created, 422);
        assertThat(created.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(http.get("/api/insurances?limit=1000").token(manager).send().body()).doesNotContain(name);
        assertThat(http.get("/api/public/insurances").send().body()).doesNotContain(name);
    }

    @Test
    void everyTextFieldOfACustomerRefusesALoneSurrogate() {
        String sales = tokenOf(SALES);
        String id = newCustomer(sales);

        Map<String, String> validButForTheSurrogate = Map.of("email", "anna" + LONE + "@example.com",
                "first_name", "Anna" + LONE, "last_name", "Berg" + LONE, "phone_number", "12345678" + LONE,
                "address", "Main Street 1" + LONE);

        validButForTheSurrogate.forEach((field, value) -> {
            Http.Response changed = http.put("/api/customers/" + id).token(sales)
                    .json("{\"" + field + "\":\"" + value + "\"}").send();
            assertProblem(changed, 422);
            assertThat(changed.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        });
        assertThat(http.get("/api/customers/" + id).token(sales).send().header("ETag")).hasValue("\"0\"");
    }

    @Test
    void catalogAndEmployeeTextRefusesALoneSurrogate() {
        String admin = tokenOf(ADMIN);

        assertProblem(http.post("/api/brands").token(admin)
                .json("{\"name\":\"Brand" + LONE + "\",\"logo_url\":\"https://example.com/l.png\"}").send(), 422);
        assertProblem(http.post("/api/brands").token(admin)
                .json("{\"name\":\"Brand\",\"logo_url\":\"https://example.com/" + LONE + "\"}").send(), 422);
        assertProblem(http.post("/api/employees").token(admin).json("{\"email\":\"anna@kea-cars.dk\",\"password\":"
                + "\"Vx" + LONE + "q!9-long\",\"first_name\":\"Anna\",\"last_name\":\"Berg\",\"role\":\"sales_person\"}")
                .send(), 422);
    }

    @Test
    void anEmojiIsOrdinaryText() {
        String manager = tokenOf(MANAGER);

        Http.Response created = http.post("/api/insurances").token(manager)
                .json("{\"name\":\"Cover " + Names.randomWord() + " \\ud83d\\ude97\",\"price\":1}").send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).endsWith("\uD83D\uDE97");
    }
}
