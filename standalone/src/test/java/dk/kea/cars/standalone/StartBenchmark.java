package dk.kea.cars.standalone;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Start to ready (demo logins work, the seeded catalog is served) of the standalone app as a user starts it, on a
 * fresh data directory and on histories of growing length: the time must not grow with the history (issue 9).
 * Prints a table and one {@code BENCH} line; {@code bench/start.sh} runs it.
 */
@Tag("bench")
class StartBenchmark {

    private static final int EVENTS_EACH = 5;

    @TempDir
    Path home;

    @Test
    void startToReady() {
        List<Integer> histories = List.of(0, 10_000, Integer.getInteger("kea.bench.events", 50_000));
        List<String> rows = new ArrayList<>();
        int appended = 0;
        for (int events : histories) {
            appendUpTo(events - appended);
            appended = events;
            Duration ready = startOnce("start-" + events + ".log");
            rows.add(String.format("| %d | %.1f s |", events, ready.toMillis() / 1000.0));
            System.out.printf("BENCH start events=%d ready_s=%.1f%n", events, ready.toMillis() / 1000.0);
        }
        System.out.println("| extra events stored | start to ready |");
        System.out.println("|---|---|");
        rows.forEach(System.out::println);
    }

    /** Appends in process (the same events the API would store, far faster), then lets the projections catch up. */
    private void appendUpTo(int events) {
        try (ConfigurableApplicationContext app = ReplayFixture.start(home.resolve("data"), "demo")) {
            if (events > 0) {
                ReplayFixture.appendInsuranceHistories(app, "Start", events / EVENTS_EACH, EVENTS_EACH);
            }
            ReplayFixture.awaitCaughtUp(app, Duration.ofMinutes(10), "query-side", "public-query", "auth-query",
                    "command-side-lookups");
        }
    }

    private Duration startOnce(String log) {
        try (StandaloneProcess process = StandaloneProcess.start(home, home.resolve(log))) {
            return process.awaitReady(Duration.ofMinutes(5));
        }
    }
}
