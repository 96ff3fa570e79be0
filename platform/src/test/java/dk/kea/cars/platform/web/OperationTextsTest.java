package dk.kea.cars.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationTextsTest {

    @Test
    void everyTextOfTheOperationIsFilledInTheOrderOfTheWords() {
        Operation operation = new Operation().operationId("get{Entry}").summary("Get one {entry}")
                .description("{one}")
                .parameters(List.of(new Parameter().description("{Entry} id")))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("The {entry}")
                        .addHeaderObject("ETag", new Header().description("The {entry}'s version"))));
        Map<String, String> words = new LinkedHashMap<>();
        words.put("{one}", "The {entry} with its version");
        words.put("{entry}", "brand");
        words.put("{Entry}", "Brand");

        OperationTexts.fill(operation, words);

        assertThat(operation.getOperationId()).isEqualTo("getBrand");
        assertThat(operation.getSummary()).isEqualTo("Get one brand");
        assertThat(operation.getDescription()).isEqualTo("The brand with its version");
        assertThat(operation.getParameters().get(0).getDescription()).isEqualTo("Brand id");
        ApiResponse ok = operation.getResponses().get("200");
        assertThat(ok.getDescription()).isEqualTo("The brand");
        assertThat(ok.getHeaders().get("ETag").getDescription()).isEqualTo("The brand's version");
    }

    @Test
    void anOperationWithoutTextsStaysWithout() {
        Operation operation = OperationTexts.fill(new Operation(), Map.of("{entry}", "brand"));

        assertThat(operation.getSummary()).isNull();
        assertThat(operation.getParameters()).isNull();
    }
}
