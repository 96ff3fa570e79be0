package dk.kea.cars.standalone;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a replay of the query-side read model takes (issue 5 asks for 100 000 events). Not part of the test
 * suite: tagged {@code bench} and excluded by default; run it with {@code bench/replay.sh [events]}. Prints figures.
 */
@Tag("bench")
class ReplayBenchmark {

    private static final int EVENTS_PER_INSURANCE = 10;
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    @TempDir
    Path data;

    @Test
    void replayOfTheQuerySideReadModel() {
        int events = Integer.parseInt(System.getProperty("kea.bench.events", "100000"));
        try (ConfigurableApplicationContext app = ReplayFixture.start(data, "bench", "--kea.embedded-mongo.file=")) {
            StreamingEventProcessor querySide = ReplayFixture.processor(app, "query-side");

            long appendStart = System.nanoTime();
            ReplayFixture.appendInsuranceHistories(app, "Bench", events / EVENTS_PER_INSURANCE, EVENTS_PER_INSURANCE);
            report("append", events, appendStart);
            long liveStart = System.nanoTime();
            ReplayFixture.awaitCaughtUp(app, AT_MOST, "query-side", "public-query", "auth-query",
                    "command-side-lookups");
            report("live projection by all four processors (after append)", events, liveStart);

            long replayStart = System.nanoTime();
            querySide.shutDown();
            querySide.resetTokens();
            querySide.start();
            ReplayFixture.awaitCaughtUp(app, AT_MOST, "query-side");
            report("replay of query-side", ReplayFixture.head(app) + 1, replayStart);
            assertThat(querySide.processingStatus().values()).allMatch(status -> !status.isErrorState());
        }
    }

    private static void report(String what, long events, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("BENCH %s: %d events in %.1f s (%.0f events/s)%n", what, events, seconds, events / seconds);
    }
}
