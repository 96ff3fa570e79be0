package dk.kea.cars.standalone;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What durable acknowledgement costs on the write path (issue 9): insurance creates (event append, name claim, both
 * read models confirming) against the standalone app as a child process, with H2 writing each commit before it
 * returns (the default, {@code WRITE_DELAY=0}) and with H2's own default (commits written up to a second later).
 * Prints a table and {@code BENCH} lines; {@code bench/write-cost.sh} runs it.
 */
@Tag("bench")
class WriteCostBenchmark {

    private static final int WRITERS = 4;

    @TempDir
    Path home;

    @Test
    void durableAgainstDelayedCommits() throws Exception {
        Duration run = Duration.ofSeconds(Integer.getInteger("kea.bench.seconds", 20));
        List<String> rows = new ArrayList<>();
        rows.add(measure("durable (WRITE_DELAY=0)", "durable", run));
        rows.add(measure("delayed (H2 default)", "delayed", run,
                "--spring.datasource.url=jdbc:h2:file:./data/kea-sql"));
        System.out.println("| H2 commits | writes | writes/s | p50 | p99 |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private String measure(String label, String key, Duration run, String... arguments) throws Exception {
        Path directory = home.resolve(key);
        try (StandaloneProcess app = StandaloneProcess.start(directory, home.resolve(key + ".log"), arguments)) {
            app.awaitReady(Duration.ofMinutes(3));
            String token = app.login("hans@gmail.com", "hans123");
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + run.toNanos();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int i = 0; i < WRITERS; i++) {
                writers.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        int status = app.http().post("/api/insurances").token(token)
                                .json(Map.of("name", "Cost " + UUID.randomUUID(), "price", 10)).send().status();
                        if (status == 201) {
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                });
            }
            writers.shutdown();
            writers.awaitTermination(run.toSeconds() + 60, TimeUnit.SECONDS);
            List<Long> sorted = latencies.stream().sorted().toList();
            double perSecond = sorted.size() / (double) run.toSeconds();
            double p50 = millis(sorted, 0.50);
            double p99 = millis(sorted, 0.99);
            System.out.printf("BENCH write_cost commits=%s writes=%d writes_per_s=%.1f p50_ms=%.1f p99_ms=%.1f%n",
                    key, sorted.size(), perSecond, p50, p99);
            return String.format("| %s | %d | %.1f | %.1f ms | %.1f ms |", label, sorted.size(), perSecond, p50, p99);
        }
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
