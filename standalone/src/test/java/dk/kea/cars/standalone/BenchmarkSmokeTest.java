package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness of {@code bench/run.sh} on a tiny data set for a second and a half per measurement, so it cannot
 * rot: every scenario runs and the {@code BENCH} line carries every key with a number. Whatever the numbers are.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyScenarioRunsAndEveryFigureIsANumber() {
        Benchmark.Options tiny = new Benchmark.Options(Benchmark.Options.scenarios("all"), 0.0001, null,
                Duration.ofMillis(500), Duration.ofMillis(1500), 10, 4,
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), directory);

        BenchFigures figures = new Benchmark(tiny).run();

        String line = figures.benchLine();
        System.out.println(figures.markdown() + "\n" + line);
        assertThat(line).startsWith("BENCH ");
        Map<String, String> values = Arrays.stream(line.substring("BENCH ".length()).split(" "))
                .map(pair -> pair.split("=", 2)).collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        assertThat(values).containsKeys(BenchFigures.REQUIRED.toArray(String[]::new));
        BenchFigures.REQUIRED.forEach(key -> assertThat(values.get(key)).as(key).matches("-?[0-9]+(\\.[0-9]+)?"));
    }
}
