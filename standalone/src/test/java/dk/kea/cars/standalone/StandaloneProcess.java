package dk.kea.cars.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The standalone app as a child JVM, exactly as a newcomer runs it: default configuration, working directory whose
 * {@code ./data} holds the embedded stores. It can be killed like a crashed process ({@code destroyForcibly}, SIGKILL).
 */
final class StandaloneProcess implements AutoCloseable {

    private static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx768m", "-XX:+UseSerialGC");

    private final Process process;
    private final Http http;
    private final int port;
    private final long startedNanos = System.nanoTime();

    private StandaloneProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.http = new Http(port);
    }

    /** {@code arguments} are further {@code --name=value} settings; output goes to {@code log}. */
    static StandaloneProcess start(Path workingDirectory, Path log, String... arguments) {
        return start(workingDirectory, log, TEST_JVM_OPTIONS, arguments);
    }

    /** As {@link #start(Path, Path, String...)}, with these JVM options instead of the tests' small heap. */
    static StandaloneProcess start(Path workingDirectory, Path log, List<String> jvmOptions, String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true",
                "-cp", classPath(), "dk.kea.cars.StandaloneApplication", "--server.port=" + port,
                // readiness polls, checks and load log in and write far more often than a person: the login
                // throttle and the write rate limit are not what these runs measure
                "--kea.auth.throttle.free-failures-per-address=1000000",
                "--kea.auth.throttle.free-failures-per-email-and-address=1000000",
                "--kea.security.write-rate.per-minute=1000000"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        try {
            Files.createDirectories(workingDirectory);
            return new StandaloneProcess(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Http http() {
        return http;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Ready as a user means it: the demo manager logs in and the seeded public catalog is served. Returns the time
     * from process start.
     */
    Duration awaitReady(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The standalone app exited with " + process.exitValue());
            }
            if (answersAsReady()) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("The standalone app was not ready within " + atMost);
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful anything. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The killed process did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: the graceful shutdown a user's Ctrl-C starts; the stores are closed cleanly. */
    void stop(Duration atMost) {
        process.destroy();
        try {
            if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The standalone app did not stop within " + atMost);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    String login(String email, String password) {
        Http.Response response = http.post("/api/auth/login").json(Map.of("email", email, "password", password))
                .send();
        if (response.status() != 200) {
            throw new IllegalStateException("Login of " + email + " answered " + response.status());
        }
        return response.json().get("access_token").asText();
    }

    private boolean answersAsReady() {
        try {
            return http.post("/api/auth/login").json(Map.of("email", "hans@gmail.com", "password", "hans123"))
                    .send().status() == 200
                    && http.get("/api/public/models").send().body().contains("\"id\"");
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** The classpath this test runs with: the standalone module and every module it assembles. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
