package dk.kea.cars.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** The peak resident memory of a process while it is sampled, from {@code /proc/<pid>/status} (Linux). */
final class RssSampler implements AutoCloseable {

    private final Path status;
    private final AtomicLong peakKb = new AtomicLong(-1);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    RssSampler(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        timer.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
    }

    /** {@code NaN} where there is no {@code /proc}. */
    double peakMb() {
        sample();
        long kb = peakKb.get();
        return kb < 0 ? Double.NaN : kb / 1024.0;
    }

    private void sample() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakKb.accumulateAndGet(kb, Math::max);
                }
            }
        } catch (IOException | RuntimeException gone) {
            // no /proc here, or the process has ended: the peak so far stands
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
