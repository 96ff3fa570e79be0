package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In the production format (ECS JSON lines, as every service logs by default; README, Logs) every line written while
 * a request, its command and the events it caused are handled is one JSON object naming its correlation id, causation
 * id and employee, and for an event the processor that handled it. Lines at DEBUG are switched on for the two
 * loggers that write one per request (Axon's command bus, in the request's thread) and one per handled message.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "logging.structured.format.console=ecs",
        "logging.level.org.axonframework.commandhandling.SimpleCommandBus=DEBUG",
        "logging.level.dk.kea.cars.platform.logging=DEBUG"})
class StructuredLogsHttpTest extends StandaloneTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGES = "dk.kea.cars.platform.logging.MessageLogContext";

    @Test
    void linesOfARequestItsCommandAndItsEventsAreJsonWithTheirCorrelationId(CapturedOutput output) {
        String manager = tokenOf(MANAGER);
        String correlationId = "logs-" + UUID.randomUUID();

        Http.Response created = http.post("/api/insurances").token(manager).header("X-Correlation-Id", correlationId)
                .json(Map.of("name", "Cover " + Names.randomWord(), "price", 3)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> linesOf(output, correlationId).stream()
                .anyMatch(line -> "command-side-lookups".equals(text(line, "processor"))));
        List<JsonNode> lines = linesOf(output, correlationId);
        assertThat(lines).allSatisfy(line -> {
            assertThat(text(line, "employeeId")).isEqualTo(HANS_ID);
            assertThat(line.at("/service/name").asText()).isEqualTo("kea-cars-standalone");
            assertThat(line.has("@timestamp")).isTrue();
        });

        JsonNode request = only(lines, line -> "org.axonframework.commandhandling.SimpleCommandBus"
                .equals(line.at("/log/logger").asText()));
        assertThat(request.get("message").asText()).contains("CreateInsurance");
        assertThat(text(request, "causationId")).isEqualTo(correlationId);
        assertThat(request.has("processor")).isFalse();

        JsonNode command = only(lines, line -> MESSAGES.equals(line.at("/log/logger").asText())
                && line.get("message").asText().equals("Handled CreateInsurance"));
        assertThat(command.has("processor")).isFalse();

        List<JsonNode> events = lines.stream().filter(line -> line.get("message").asText()
                .equals("Handled InsuranceCreated")).toList();
        assertThat(events).extracting(line -> text(line, "processor"))
                .contains("query-side", "public-query", "command-side-lookups");
        assertThat(events).allSatisfy(event -> assertThat(text(event, "causationId"))
                .as("an event's cause is its command").isNotBlank().isNotEqualTo(correlationId));
    }

    /** Every captured line that is a JSON object with that correlation id. */
    private static List<JsonNode> linesOf(CapturedOutput output, String correlationId) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\\R")) {
            if (line.startsWith("{") && line.contains(correlationId)) {
                JsonNode json = parse(line);
                if (correlationId.equals(text(json, "correlationId"))) {
                    lines.add(json);
                }
            }
        }
        return lines;
    }

    private static JsonNode only(List<JsonNode> lines, Predicate<JsonNode> which) {
        List<JsonNode> found = lines.stream().filter(which).toList();
        assertThat(found).as("in %s", lines).hasSize(1);
        return found.get(0);
    }

    private static String text(JsonNode line, String field) {
        return line.hasNonNull(field) ? line.get(field).asText() : null;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException notJson) {
            throw new UncheckedIOException("A log line that is not JSON: " + line, notJson);
        }
    }
}
