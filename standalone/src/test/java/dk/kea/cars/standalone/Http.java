package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small real-HTTP client for tests: JSON in, JSON out, headers visible. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Response(int status, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }

        String body() {
            return raw.body();
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    static final class Call {
        private final Http http;
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private byte[] binary;

        private Call(Http http, String method, String path) {
            this.http = http;
            this.method = method;
            this.path = path;
        }

        Call token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(Object value) {
            header("Content-Type", "application/json");
            try {
                body = value instanceof String text ? text : JSON.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** A body as given, with whatever Content-Type header the caller set. */
        Call body(String value) {
            body = value;
            return this;
        }

        /** A multipart/form-data body, bytes as built. */
        Call multipart(MultipartForm form) {
            header("Content-Type", form.contentType());
            binary = form.bytes();
            return this;
        }

        Call form(String value) {
            header("Content-Type", "application/x-www-form-urlencoded");
            body = value;
            return this;
        }

        Response send() {
            HttpResponse<String> response = send(HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        }

        /** The response as bytes (an image). */
        HttpResponse<byte[]> sendForBytes() {
            return send(HttpResponse.BodyHandlers.ofByteArray());
        }

        private <T> HttpResponse<T> send(HttpResponse.BodyHandler<T> handler) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, binary != null ? HttpRequest.BodyPublishers.ofByteArray(binary)
                            : body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                return http.client.send(request.build(), handler);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Any method, sent as written ({@code TRACE}, {@code OPTIONS}, ...). */
    Call call(String method, String path) {
        return new Call(this, method, path);
    }

    Call get(String path) {
        return new Call(this, "GET", path);
    }

    Call post(String path) {
        return new Call(this, "POST", path);
    }

    Call put(String path) {
        return new Call(this, "PUT", path);
    }

    Call patch(String path) {
        return new Call(this, "PATCH", path);
    }

    Call delete(String path) {
        return new Call(this, "DELETE", path);
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
