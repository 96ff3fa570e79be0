package dk.kea.cars.platform.processing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A task run every interval on a daemon thread of its own; a failed run is logged and the next one comes anyway. */
public final class Periodic {

    private static final Logger log = LoggerFactory.getLogger(Periodic.class);

    private final ScheduledExecutorService executor;

    private Periodic(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static Periodic every(Duration interval, String threadName, Runnable task) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> runSafely(threadName, task), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new Periodic(executor);
    }

    public void stop() {
        executor.shutdownNow();
    }

    private static void runSafely(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException failure) {
            log.warn("{} failed; trying again at the next run", name, failure);
        }
    }
}
