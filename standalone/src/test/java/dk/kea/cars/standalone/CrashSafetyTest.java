package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is ever lost (issue 9): the standalone app as a child process under concurrent creates with
 * client-chosen ids is killed at a random moment, three times, and restarted on the same files. Every id answered 2xx
 * has exactly one creation event in the store and shows in every read model of its type, and no read model is ahead
 * of the store.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 3;

    /** Kept when the test fails: each round's log is there. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoReadModelIsAheadOfTheStore() throws Exception {
        List<CrashRounds.Round> results = run(new CrashRounds(home), ROUNDS);
        results.forEach(round -> System.out.println("crash round: " + round));

        assertThat(results).allSatisfy(round -> assertThat(round.problems()).as("round %s", round).isEmpty());
        assertThat(results).as("every round acknowledged writes before its kill")
                .allSatisfy(round -> assertThat(round.acknowledged()).isPositive());
    }

    static List<CrashRounds.Round> run(CrashRounds rounds, int count) throws Exception {
        List<CrashRounds.Round> results = new ArrayList<>();
        StandaloneProcess running = rounds.start(0);
        try {
            running.awaitReady(Duration.ofMinutes(3));
            for (int round = 1; round <= count; round++) {
                results.add(rounds.round(round, running));
                running = rounds.restarted();
            }
        } finally {
            running.close();
        }
        return results;
    }
}
