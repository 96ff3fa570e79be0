package dk.kea.cars.standalone;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a replay of the query-side model and of the public catalog takes (issue 5 asks for 100 000 events). Not part of the test
 * suite: tagged {@code bench} and excluded by default; run it with {@code bench/replay.sh [events]}. Prints figures.
 */
@Tag("bench")
class ReplayBenchmark {

    private static final int EVENTS_PER_INSURANCE = 10;
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    @TempDir
    Path data;

    @Test
    void replayOfTheQuerySideModelAndThePublicCatalog() {
        int events = Integer.parseInt(System.getProperty("kea.bench.events", "100000"));
        try (ConfigurableApplicationContext app = ReplayFixture.start(data, "bench", "--kea.embedded-mongo.file=")) {
            long appendStart = System.nanoTime();
            ReplayFixture.appendInsuranceHistories(app, "Bench", events / EVENTS_PER_INSURANCE, EVENTS_PER_INSURANCE);
            report("append", events, appendStart);
            long liveStart = System.nanoTime();
            ReplayFixture.awaitCaughtUp(app, AT_MOST, "query-side", "public-query", "auth-query",
                    "command-side-lookups");
            report("live projection by all four processors (after append)", events, liveStart);

            for (String readModel : List.of("query-side", "public-query")) {
                replay(app, readModel);
            }
        }
    }

    private static void replay(ConfigurableApplicationContext app, String name) {
        StreamingEventProcessor processor = ReplayFixture.processor(app, name);
        long start = System.nanoTime();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        ReplayFixture.awaitCaughtUp(app, AT_MOST, name);
        report("replay of " + name, ReplayFixture.head(app) + 1, start);
        assertThat(processor.processingStatus().values()).allMatch(status -> !status.isErrorState());
    }

    private static void report(String what, long events, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("BENCH %s: %d events in %.1f s (%.0f events/s)%n", what, events, seconds, events / seconds);
    }
}
