package dk.kea.cars.standalone;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench/run.sh}: the one-command benchmark of issue 13 ({@link Benchmark}). Not a test: tagged {@code bench},
 * excluded by default, and it asserts nothing; the figures are printed and written to {@code report.md} in the
 * benchmark's directory ({@code kea.bench.dir}).
 */
@Tag("bench")
class BenchmarkRun {

    @TempDir
    Path scratch;

    @Test
    void benchmark() throws IOException {
        Benchmark.Options options = Benchmark.Options.fromSystemProperties(scratch);
        BenchFigures figures = new Benchmark(options).run();
        String report = figures.markdown() + "\n" + figures.benchLine() + "\n";
        Files.writeString(options.directory().resolve("report.md"), report);
        System.out.print(report);
    }
}
