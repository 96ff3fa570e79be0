package dk.kea.cars.standalone;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/**
 * The crash scenario (issue 9): rounds of concurrent creates, SIGKILL at a random moment and a restart on the same
 * files. Prints a table per round and one {@code BENCH} line; {@code bench/crash.sh} runs it. Not a test: figures
 * are printed, never asserted.
 */
@Tag("bench")
class CrashBenchmark {

    @TempDir
    Path home;

    @Test
    void crashRounds() throws Exception {
        int rounds = Integer.getInteger("kea.bench.rounds", 10);
        List<CrashRounds.Round> results = CrashSafetyTest.run(new CrashRounds(home), rounds);
        System.out.println("| round | acknowledged | lost | duplicated | read models ahead | missing from read models "
                + "| restart to ready |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 0; i < results.size(); i++) {
            CrashRounds.Round round = results.get(i);
            System.out.printf("| %d | %d | %d | %d | %d | %d | %.1f s |%n", i + 1, round.acknowledged(), round.lost(),
                    round.duplicated(), round.readModelsAhead(), round.missingFromReadModels(),
                    round.restart().toMillis() / 1000.0);
        }
        System.out.printf("BENCH crash rounds=%d acknowledged=%d lost=%d duplicated=%d read_models_ahead=%d "
                        + "missing_from_read_models=%d restart_median_s=%.1f restart_max_s=%.1f%n",
                results.size(), sum(results, CrashRounds.Round::acknowledged), sum(results, CrashRounds.Round::lost),
                sum(results, CrashRounds.Round::duplicated), sum(results, CrashRounds.Round::readModelsAhead),
                sum(results, CrashRounds.Round::missingFromReadModels), restart(results, 0.5),
                restart(results, 1.0));
    }

    private static int sum(List<CrashRounds.Round> rounds, java.util.function.ToIntFunction<CrashRounds.Round> of) {
        return rounds.stream().mapToInt(of).sum();
    }

    private static double restart(List<CrashRounds.Round> rounds, double quantile) {
        List<Long> sorted = rounds.stream().map(round -> round.restart().toMillis()).sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1000.0;
    }
}
