package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.bench.ClosedLoop;
import dk.kea.bench.HttpConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/** The app under test over HTTP: set-up calls with the JDK's client, load with {@link HttpConnection}s. */
final class BenchTarget {

    /** Tokens live 30 minutes; a run at full scale takes hours. */
    private static final Duration LOGIN_AGAIN_AFTER = Duration.ofMinutes(10);

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Login> logins = new HashMap<>();

    private record Login(String token, long atNanos) {
    }

    BenchTarget(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    record Answer(int status, JsonNode json) {
    }

    /** The account's token, from a login less than ten minutes old. */
    String token(String email, String password) {
        Login login = logins.get(email);
        if (login == null || System.nanoTime() - login.atNanos() > LOGIN_AGAIN_AFTER.toNanos()) {
            login = new Login(login(email, password), System.nanoTime());
            logins.put(email, login);
        }
        return login.token();
    }

    String login(String email, String password) {
        Answer login = send("POST", "/api/auth/login", null, Map.of("email", email, "password", password),
                Duration.ofSeconds(30));
        require(login, 200, "login of " + email);
        return login.json().get("access_token").asText();
    }

    JsonNode get(String path, String token, Duration atMost) {
        Answer answer = send("GET", path, token, null, atMost);
        require(answer, 200, "GET " + path);
        return answer.json();
    }

    Answer send(String method, String path, String token, Object body, Duration atMost) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(atMost)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text.isBlank() ? null : Http.mapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void require(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.json());
        }
    }

    /** Clients that each send the requests their supplier prepares; a call succeeds on a 2xx answer. */
    ClosedLoop.Group load(String name, int clients, IntFunction<Supplier<byte[]>> requests) {
        return load(name, clients, requests, status -> status >= 200 && status < 300);
    }

    ClosedLoop.Group load(String name, int clients, IntFunction<Supplier<byte[]>> requests, IntPredicate success) {
        return new ClosedLoop.Group(name, clients, client -> new HttpConnection(base, requests.apply(client), success));
    }

    byte[] request(String method, String path, String token, Object body) {
        Map<String, String> headers = token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
        return HttpConnection.request(base, method, path, headers, body == null ? null : json(body));
    }

    /** Random paths out of {@code paths}, in an order of the client's own. */
    Supplier<byte[]> anyOf(List<String> paths, String token, int client) {
        List<byte[]> requests = paths.stream().map(path -> request("GET", path, token, null)).toList();
        Random random = new Random(client);
        return () -> requests.get(random.nextInt(requests.size()));
    }

    static String json(Object body) {
        try {
            return body instanceof String text ? text : Http.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
