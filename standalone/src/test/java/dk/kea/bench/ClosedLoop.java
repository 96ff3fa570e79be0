package dk.kea.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Closed-loop load: each client sends its next call as soon as the previous one answered, like a user who waits. A
 * warm-up is run and thrown away. The rate is the calls that end inside the measured window per second of it (as wrk
 * counts); the latencies are those of every call that ends after the window opened, including the calls still
 * running when it closes (waited for), so that calls slower than the window are not silently left out.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** One call; answers whether it succeeded. Implementations reconnect by themselves after a failure. */
    public interface Call {
        boolean call() throws Exception;

        default void close() {
        }
    }

    /** {@code clients} concurrent callers, each with a call of its own made by {@code calls}. */
    public record Group(String name, int clients, IntFunction<Call> calls) {
    }

    public record Result(String name, int clients, Latencies latencies, long completed, long failures,
                         double seconds) {

        public double perSecond() {
            return completed / seconds;
        }

        public Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>(latencies.summary());
            summary.put("clients", clients);
            summary.put("completed_in_window", completed);
            summary.put("failures", failures);
            summary.put("seconds", seconds);
            summary.put("per_second", perSecond());
            return summary;
        }
    }

    public static Result run(Group group, Duration warmup, Duration measure) {
        return run(List.of(group), warmup, measure).get(group.name());
    }

    /** Runs the groups side by side over the same window; results by group name. */
    public static Map<String, Result> run(List<Group> groups, Duration warmup, Duration measure) {
        long start = System.nanoTime() + warmup.toNanos();
        long end = start + measure.toNanos();
        int threads = groups.stream().mapToInt(Group::clients).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, List<Future<Client>>> running = new LinkedHashMap<>();
            for (Group group : groups) {
                for (int i = 0; i < group.clients(); i++) {
                    int index = i;
                    running.computeIfAbsent(group.name(), name -> new ArrayList<>())
                            .add(pool.submit(() -> new Client(group.calls().apply(index)).loop(start, end)));
                }
            }
            Map<String, Result> results = new LinkedHashMap<>();
            for (Group group : groups) {
                results.put(group.name(), collect(group, running.get(group.name()), measure));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result collect(Group group, List<Future<Client>> clients, Duration measure) {
        List<Latencies> latencies = new ArrayList<>();
        long completed = 0;
        long failures = 0;
        for (Future<Client> future : clients) {
            Client client = await(future);
            latencies.add(client.latencies);
            completed += client.completed;
            failures += client.failures;
        }
        return new Result(group.name(), group.clients(), Latencies.merged(latencies), completed, failures,
                measure.toNanos() / 1e9);
    }

    private static Client await(Future<Client> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A load client failed", e.getCause());
        }
    }

    private static final class Client {
        private final Call call;
        private final Latencies latencies = new Latencies();
        private long completed;
        private long failures;

        private Client(Call call) {
            this.call = call;
        }

        private Client loop(long start, long end) {
            try {
                long now = System.nanoTime();
                while (now < end) {
                    boolean succeeded = callOnce();
                    long done = System.nanoTime();
                    if (done >= start) {
                        record(succeeded, done - now, done <= end);
                    }
                    now = done;
                }
                return this;
            } finally {
                call.close();
            }
        }

        private boolean callOnce() {
            try {
                return call.call();
            } catch (Exception failed) {
                return false;
            }
        }

        private void record(boolean succeeded, long nanos, boolean inWindow) {
            if (!succeeded) {
                failures++;
                return;
            }
            latencies.recordNanos(nanos);
            if (inWindow) {
                completed++;
            }
        }
    }
}
