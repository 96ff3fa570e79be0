package dk.kea.cars.standalone;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the car list answers while cars are written (issue 12): 8 readers of {@code GET /api/cars} for a while with no
 * writes, with 3 car writers and with 3 customer writers. Not part of the test suite: tagged {@code bench} and
 * excluded by default; run it with {@code bench/car-list.sh [seconds]}. Prints a table and a {@code BENCH} line.
 */
@Tag("bench")
class CarListUnderWritesBenchmark extends StandaloneTest {

    private static final int READERS = 8;
    private static final int WRITERS = 3;

    @Test
    void carListReadsWithAndWithoutConcurrentWriters() throws Exception {
        Duration phase = Duration.ofSeconds(Long.getLong("kea.bench.seconds", 20));
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        for (int car = 0; car < 50; car++) {
            newCar(manager, customer, null);
        }

        List<Phase> phases = List.of(
                run("no writes", phase, manager, null),
                run("3 car writers", phase, manager, writer -> newCar(writer, customer, null).status()),
                run("3 customer writers", phase, manager, writer -> {
                    newCustomer(writer);
                    return 201;
                }));

        System.out.printf("%n%-20s %8s %8s %10s %10s %10s%n", "phase", "reads", "writes", "p50 ms", "p99 ms",
                "max ms");
        phases.forEach(result -> System.out.printf("%-20s %8d %8d %10d %10d %10d%n", result.name(), result.reads(),
                result.writes(), result.percentile(50), result.percentile(99), result.percentile(100)));
        StringBuilder bench = new StringBuilder("BENCH car_list seconds=" + phase.toSeconds());
        phases.forEach(result -> bench.append(' ').append(result.key()).append("_reads=").append(result.reads())
                .append(' ').append(result.key()).append("_writes=").append(result.writes())
                .append(' ').append(result.key()).append("_p99_ms=").append(result.percentile(99)));
        System.out.println(bench);
    }

    /** Each writer is its own employee, as in a dealership: the per-token write rate limit never takes part. */
    private Phase run(String name, Duration length, String token,
                      java.util.function.Function<String, Integer> write) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger writes = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int reader = 0; reader < READERS; reader++) {
                running.add(pool.submit(() -> {
                    Http reading = new Http(port);
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        int status = reading.get("/api/cars").token(token).send().status();
                        if (status != 200) {
                            throw new IllegalStateException("read answered " + status);
                        }
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (int writer = 0; write != null && writer < WRITERS; writer++) {
                String writerToken = newEmployee("manager")[1];
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        int status = write.apply(writerToken);
                        if (status >= 300) {
                            throw new IllegalStateException("write answered " + status);
                        }
                        writes.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Phase(name, new ArrayList<>(latencies), writes.get());
    }

    private record Phase(String name, List<Long> latencies, int writes) {

        int reads() {
            return latencies.size();
        }

        long percentile(int percent) {
            if (latencies.isEmpty()) {
                return 0;
            }
            List<Long> sorted = latencies.stream().sorted().toList();
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, index));
        }

        String key() {
            return name.replace(' ', '_').replaceFirst("^3_", "").replace("no_writes", "no_writers");
        }
    }
}
