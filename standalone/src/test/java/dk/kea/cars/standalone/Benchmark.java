package dk.kea.cars.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.bench.ClosedLoop;
import dk.kea.bench.Processors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The harness behind {@code bench/run.sh} (issue 13). Locally it loads the data set through commands in a standalone
 * JVM of its own, restarts the app on the stored data (start to ready), then drives the HTTP API with closed-loop
 * clients and asks the app's bench-only endpoints for what only the same JVM can measure: the write path without
 * HTTP, projection lag, a trivial authenticated endpoint. With a base URL it measures a running deployment as it is
 * (nothing loaded; what needs the app's JVM stays nan). Prints a Markdown table and the {@code BENCH} line.
 */
final class Benchmark {

    static final List<String> SCENARIOS = List.of("write", "read", "carlist", "lag", "replay", "start");
    private static final String BENCH_SOURCES = "--spring.main.sources=dk.kea.bench.BenchConfiguration";
    private static final String ADMIN = StandaloneTest.ADMIN;
    private static final String ADMIN_PASSWORD = StandaloneTest.DEMO_PASSWORDS.get(ADMIN);
    private static final int MANY = 16;
    private static final int CAR_LIST_READERS = 8;
    private static final int CAR_WRITERS = 3;
    private static final Duration SET_UP = Duration.ofSeconds(60);
    /** The JVM options README's quick start runs the standalone with (a heap the size of a small service). */
    static final String README_JVM_OPTIONS = "-Xmx512m -XX:+UseSerialGC";

    record Options(Set<String> scenarios, double scale, URI base, Duration warmup, Duration measure, int lagSamples,
                   int loadThreads, List<String> jvmOptions, Path directory) {

        /** {@code kea.bench.*} system properties, as {@code bench/run.sh} passes them. */
        static Options fromSystemProperties(Path defaultDirectory) {
            String base = System.getProperty("kea.bench.base", "");
            String jvm = System.getProperty("kea.bench.jvm", README_JVM_OPTIONS).trim();
            return new Options(scenarios(System.getProperty("kea.bench.scenarios", "all")),
                    Double.parseDouble(System.getProperty("kea.bench.scale", "1")),
                    base.isBlank() ? null : URI.create(base), seconds(System.getProperty("kea.bench.warmup", "5")),
                    seconds(System.getProperty("kea.bench.seconds", "15")),
                    Integer.getInteger("kea.bench.lag-samples", 400), Integer.getInteger("kea.bench.load-threads", 8),
                    jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+")),
                    Path.of(System.getProperty("kea.bench.dir", defaultDirectory.toString())));
        }

        static Set<String> scenarios(String list) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String scenario : list.split("[,\\s]+")) {
                if (scenario.equals("all")) {
                    chosen.addAll(SCENARIOS);
                } else if (SCENARIOS.contains(scenario)) {
                    chosen.add(scenario);
                } else if (!scenario.isBlank()) {
                    throw new IllegalArgumentException("Unknown scenario " + scenario + "; known: all, " + SCENARIOS);
                }
            }
            return chosen;
        }

        static Duration seconds(String seconds) {
            return Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
        }

        boolean runs(String scenario) {
            return scenarios.contains(scenario);
        }
    }

    private final Options options;
    private final BenchFigures figures = new BenchFigures();
    private final List<String> writerTokens = new ArrayList<>();

    Benchmark(Options options) {
        this.options = options;
    }

    BenchFigures run() {
        figures.put("loadavg_start", loadAverage());
        if (options.base() == null) {
            runLocally();
        } else {
            figures.note("Measured against " + options.base() + " as it is: no data set loaded; raw, ceiling, lag, "
                    + "start and rss need the benchmark's own JVM and stay nan.");
            measure(new BenchTarget(options.base()), false);
        }
        figures.put("loadavg_end", loadAverage());
        return figures;
    }

    // ---- the app on fresh file stores in the benchmark's directory

    private void runLocally() {
        Path app = options.directory().resolve("app");
        loadDataSet(app);
        say("starting the standalone app on the stored data set");
        try (StandaloneProcess process = StandaloneProcess.start(app, options.directory().resolve("app.log"),
                options.jvmOptions(), BENCH_SOURCES)) {
            figures.put("start_s", process.awaitReady(Duration.ofMinutes(15)).toMillis() / 1000.0);
            say("ready after " + BenchFigures.number(figures.get("start_s")) + " s");
            try (RssSampler rss = new RssSampler(process.pid())) {
                measure(new BenchTarget(URI.create("http://127.0.0.1:" + process.port())), true);
                figures.put("rss_mb", rss.peakMb());
            }
            process.stop(Duration.ofMinutes(2));
        }
    }

    /**
     * Through commands in a JVM of its own whose H2 store writes commits lazily: loading is not what is measured,
     * and the graceful stop writes everything before the measured app (with the default, durable commits) starts.
     */
    private void loadDataSet(Path app) {
        say("loading the data set at scale " + options.scale() + " through commands (" + options.directory()
                .resolve("loader.log") + ")");
        try (StandaloneProcess loader = StandaloneProcess.start(app, options.directory().resolve("loader.log"),
                options.jvmOptions(), BENCH_SOURCES, "--spring.datasource.url=jdbc:h2:file:./data/kea-sql")) {
            loader.awaitReady(Duration.ofMinutes(15));
            BenchTarget target = new BenchTarget(URI.create("http://127.0.0.1:" + loader.port()));
            JsonNode load = target.get("/api/bench/load?scale=" + options.scale() + "&threads="
                    + options.loadThreads(), admin(target), Duration.ofHours(12));
            say("loaded: " + load);
            figures.put("events_stored", load.get("events_stored").asDouble());
            figures.put("load_s", load.get("seconds").asDouble());
            figures.put("load_eps", load.get("events_per_second").asDouble());
            figures.row("data set through commands (" + load.get("commands").asLong() + " commands)",
                    Integer.toString(options.loadThreads()), BenchFigures.number(load.get("events_per_second")
                            .asDouble()) + " events", Double.NaN, Double.NaN, Double.NaN);
            loader.stop(Duration.ofMinutes(10));
        }
    }

    // ---- the scenarios, against whatever target

    private void measure(BenchTarget target, boolean sameJvm) {
        if (options.runs("read")) {
            read(target, admin(target), sameJvm);
        }
        if (options.runs("write")) {
            write(target, admin(target), sameJvm);
        }
        if (options.runs("carlist")) {
            carList(target, admin(target));
        }
        if (options.runs("lag") && sameJvm) {
            lag(target, admin(target));
        }
        if (options.runs("replay")) {
            replay(target);
        }
    }

    private void read(BenchTarget target, String admin, boolean sameJvm) {
        List<String> ids = ids(target.get("/api/insurances?limit=1000", admin, SET_UP));
        say("read: GET /api/insurances/{id} over " + ids.size() + " insurances, " + MANY + " clients");
        ClosedLoop.Result reads = run(target.load("read", MANY,
                client -> target.anyOf(paths("/api/insurances/", ids), admin, client)));
        figures.row("GET /api/insurances/{id}", reads);
        figures.put("read_c16_rps", reads.perSecond());
        figures.put("read_p99_ms", reads.latencies().percentileMillis(99));

        say("read: GET /api/public/insurances/{id}, " + MANY + " clients");
        ClosedLoop.Result publicReads = run(target.load("public", MANY,
                client -> target.anyOf(paths("/api/public/insurances/", ids), null, client)));
        figures.row("GET /api/public/insurances/{id} (no token)", publicReads);
        figures.put("public_c16_rps", publicReads.perSecond());
        figures.put("public_p99_ms", publicReads.latencies().percentileMillis(99));

        if (sameJvm) {
            say("ceiling: GET /api/bench/ping (authenticated, does nothing), " + MANY + " clients");
            ClosedLoop.Result ceiling = run(target.load("ceiling", MANY,
                    client -> target.anyOf(List.of("/api/bench/ping"), admin, client)));
            figures.row("GET /api/bench/ping (ceiling)", ceiling);
            figures.put("ceiling_c16_rps", ceiling.perSecond());
            figures.ratio("read_ratio", "read_c16_rps", "ceiling_c16_rps");
        }
    }

    private void write(BenchTarget target, String admin, boolean sameJvm) {
        List<String> tokens = writerTokens(target, admin, sameJvm);
        for (int clients : List.of(1, MANY)) {
            say("write: POST /api/customers (201 once both read models show it), " + clients + " client(s)");
            ClosedLoop.Result writes = run(target.load("write", clients,
                    client -> inTurn(tokens, client, token -> target.request("POST", "/api/customers", token,
                            newCustomer())), status -> status == 201));
            figures.row("POST /api/customers", writes);
            figures.put("write_c" + clients + "_p50_ms", writes.latencies().percentileMillis(50));
            figures.put("write_c" + clients + "_p99_ms", writes.latencies().percentileMillis(99));
            figures.put("write_c" + clients + "_rps", writes.perSecond());
        }
        if (sameJvm) {
            for (int clients : List.of(1, MANY)) {
                say("raw: the same command through ReadYourWrites in the app's JVM, " + clients + " client(s)");
                JsonNode raw = target.get("/api/bench/raw?clients=" + clients + "&warmup=" + seconds(options
                        .warmup()) + "&seconds=" + seconds(options.measure()), admin, longCall());
                rowOf("CreateCustomer in-JVM (raw)", clients, raw);
                figures.put("raw_c" + clients + "_p50_ms", raw.get("p50_ms").asDouble());
                figures.put("raw_c" + clients + "_rps", raw.get("per_second").asDouble());
            }
            figures.ratio("write_ratio", "write_c16_rps", "raw_c16_rps");
        }
    }

    private void carList(BenchTarget target, String admin) {
        say("carlist: GET /api/cars?limit=100, " + MANY + " clients");
        ClosedLoop.Result list = run(target.load("carlist", MANY,
                client -> target.anyOf(List.of("/api/cars?limit=100"), admin, client)));
        figures.row("GET /api/cars?limit=100", list);
        figures.put("carlist_c16_rps", list.perSecond());
        figures.put("carlist_p99_ms", list.latencies().percentileMillis(99));

        say("carlist: " + CAR_LIST_READERS + " readers of GET /api/cars?limit=100 with " + CAR_WRITERS
                + " car writers");
        String customer = target.get("/api/customers?limit=1", admin, SET_UP).get(0).get("id").asText();
        List<String> writers = writerTokens(target, admin, options.base() == null);
        Map<String, ClosedLoop.Result> mixed = ClosedLoop.run(List.of(
                target.load("readers", CAR_LIST_READERS,
                        client -> target.anyOf(List.of("/api/cars?limit=100"), admin, client)),
                target.load("writers", CAR_WRITERS,
                        client -> inTurn(writers, client, token -> target.request("POST", "/api/cars", token,
                                newCar(customer))),
                        status -> status == 201)), options.warmup(), options.measure());
        figures.row("GET /api/cars?limit=100 while cars are written", mixed.get("readers"));
        figures.row("POST /api/cars beside those readers", mixed.get("writers"));
        figures.put("carlist_writers_rps", mixed.get("readers").perSecond());
        figures.put("carlist_writers_p99_ms", mixed.get("readers").latencies().percentileMillis(99));
        figures.put("car_writes_rps", mixed.get("writers").perSecond());
    }

    private void lag(BenchTarget target, String admin) {
        say("lag: " + options.lagSamples() + " single changes, each until every read model showing it announced it");
        JsonNode lag = target.get("/api/bench/lag?samples=" + options.lagSamples(), admin, longCall());
        lag.fields().forEachRemaining(readModel -> figures.row("projection lag: " + (readModel.getKey().equals("all")
                        ? "visible in every read model" : readModel.getKey()), "1", "",
                readModel.getValue().get("p50_ms").asDouble(), readModel.getValue().get("p99_ms").asDouble(),
                readModel.getValue().get("max_ms").asDouble()));
        figures.put("lag_p50_ms", lag.get("all").get("p50_ms").asDouble());
        figures.put("lag_p99_ms", lag.get("all").get("p99_ms").asDouble());
    }

    /** Through the admin API every deployment has: reset each read model in turn, time until it is back at the head. */
    private void replay(BenchTarget target) {
        double slowest = Double.POSITIVE_INFINITY;
        for (String readModel : Processors.READ_MODELS) {
            say("replay: " + readModel);
            long started = System.nanoTime();
            BenchTarget.Answer answer = target.send("POST", "/api/audit/projections/" + readModel + "/replay",
                    admin(target), null, SET_UP);
            BenchTarget.require(answer, 202, "replay of " + readModel);
            JsonNode replayUpTo = answer.json().path("replay_up_to");
            long upTo = replayUpTo.isNumber() ? replayUpTo.asLong() : answer.json().path("head").asLong();
            awaitReplayed(target, readModel, upTo);
            double seconds = (System.nanoTime() - started) / 1e9;
            double perSecond = (upTo + 1) / seconds;
            figures.row("replay of " + readModel + " (" + (upTo + 1) + " events, " + BenchFigures.number(seconds)
                    + " s)", "", BenchFigures.number(perSecond) + " events", Double.NaN, Double.NaN, Double.NaN);
            figures.put("replay_" + readModel.replace('-', '_') + "_eps", perSecond);
            slowest = Math.min(slowest, perSecond);
        }
        figures.put("replay_min_eps", slowest);
    }

    private static void awaitReplayed(BenchTarget target, String readModel, long upTo) {
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode status : target.get("/api/audit/projections", admin(target), SET_UP)) {
                if (status.get("name").asText().equals(readModel) && !status.get("replaying").asBoolean()
                        && status.path("position").asLong(-1) >= upTo) {
                    return;
                }
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException(readModel + " did not finish its replay");
    }

    // ---- helpers

    /** The demo admin's token; fresh enough for any one scenario (a long replay asks again while it waits). */
    private static String admin(BenchTarget target) {
        return target.token(ADMIN, ADMIN_PASSWORD);
    }

    private ClosedLoop.Result run(ClosedLoop.Group group) {
        return ClosedLoop.run(group, options.warmup(), options.measure());
    }

    private Duration longCall() {
        return options.warmup().plus(options.measure()).plus(Duration.ofMinutes(30));
    }

    /**
     * Writers' tokens. The benchmark's own app has no write rate limit, so the admin's token serves all; a
     * deployment limits writes per token (600 a minute by default), so there each writer is an employee of its own
     * and every client takes the tokens in turn, which lets even a single client write faster than one token may.
     */
    private List<String> writerTokens(BenchTarget target, String admin, boolean sameJvm) {
        if (writerTokens.isEmpty()) {
            for (int i = 0; i < MANY; i++) {
                writerTokens.add(sameJvm ? admin : newManager(target, admin));
            }
        }
        return writerTokens;
    }

    private static String newManager(BenchTarget target, String admin) {
        String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@kea-bench.dk";
        String password = "Bench-" + UUID.randomUUID();
        BenchTarget.require(target.send("POST", "/api/employees", admin, Map.of("email", email, "password", password,
                "first_name", "Bench", "last_name", "Writer", "role", "manager"), SET_UP), 201, "new employee");
        return target.login(email, password);
    }

    /** The client's requests, each with the next of the tokens, starting at the client's own. */
    private static Supplier<byte[]> inTurn(List<String> tokens, int client, Function<String, byte[]> request) {
        int[] next = {client};
        return () -> request.apply(tokens.get(next[0]++ % tokens.size()));
    }

    private static Map<String, Object> newCustomer() {
        return Map.of("email", "w-" + UUID.randomUUID() + "@kea-bench.dk", "first_name", "Bench",
                "last_name", "Writer", "phone_number", "12345678", "address", "Benchvej 1");
    }

    private static Map<String, Object> newCar(String customer) {
        return Map.of("models_id", StandaloneTest.R8, "colors_id", StandaloneTest.WHITE, "customers_id", customer,
                "accessory_ids", List.of(StandaloneTest.TINTED_WINDOWS),
                "insurance_ids", List.of(StandaloneTest.EARTHQUAKE));
    }

    private static List<String> ids(JsonNode views) {
        List<String> ids = new ArrayList<>();
        views.forEach(view -> ids.add(view.get("id").asText()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("Nothing to read: the data set is empty");
        }
        return ids;
    }

    private static List<String> paths(String prefix, List<String> ids) {
        return ids.stream().map(id -> prefix + id).toList();
    }

    private void rowOf(String what, int clients, JsonNode summary) {
        figures.row(what, Integer.toString(clients), BenchFigures.number(summary.get("per_second").asDouble()),
                summary.get("p50_ms").asDouble(), summary.get("p99_ms").asDouble(), summary.get("max_ms").asDouble());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1000.0);
    }

    /** The machine's 1-minute load average: figures measured while others build are worth less. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException unknown) {
            return Double.NaN;
        }
    }

    private void say(String message) {
        String line = LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " [load " + loadAverage() + "] " + message;
        System.out.println(line);
        try {
            Files.createDirectories(options.directory());
            Files.writeString(options.directory().resolve("progress.log"), line + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        StandaloneProcess.sleep(duration);
    }
}
