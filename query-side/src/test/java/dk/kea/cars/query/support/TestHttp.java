package dk.kea.cars.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Requests to the server under test with a bearer token for an employee, and the JSON they answer. */
public final class TestHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    public TestHttp(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, UUID employee) {
        return send("GET", path, employee);
    }

    /** A request without a body, e.g. {@code POST} of an action or {@code DELETE}. */
    public HttpResponse<String> send(String method, String path, UUID employee) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.valid(employee, "whatever-the-token-says"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a 200 answer. */
    public JsonNode ok(String path, UUID employee) {
        HttpResponse<String> response = get(path, employee);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return parse(response);
    }

    /** The ids of the items of a 200 list answer, in order. */
    public List<String> ids(String path, UUID employee) {
        List<String> ids = new ArrayList<>();
        ok(path, employee).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** The problem body of an answer with this status. */
    public JsonNode problem(String path, UUID employee, int status) {
        HttpResponse<String> response = get(path, employee);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = parse(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    /** The fields named in a 422 problem, in order. */
    public List<String> invalidFields(String path, UUID employee) {
        List<String> fields = new ArrayList<>();
        problem(path, employee, 422).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
