package dk.kea.cars.standalone;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The car list does not stall while cars are created (issue 10, item 12): readers of {@code GET /api/cars} keep being
 * answered while three employees create cars. A liveness bound, not a figure: no read may wait behind the writes
 * for as long as a read-your-writes timeout; the figures are {@code bench/car-list.sh}'s.
 */
class CarListUnderWritesHttpTest extends StandaloneTest {

    private static final int READERS = 4;
    private static final int WRITERS = 3;
    private static final Duration RUN = Duration.ofSeconds(8);
    private static final Duration STALL = Duration.ofSeconds(5);

    @Test
    void readersAreAnsweredWhileCarsAreCreated() throws Exception {
        String manager = tokenOf(MANAGER);
        String customer = newCustomer(manager);
        AtomicLong slowest = new AtomicLong();
        long end = System.nanoTime() + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + WRITERS);
        List<Future<Integer>> readers = new ArrayList<>();
        List<Future<Integer>> writers = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                String writer = newEmployee("manager")[1];
                writers.add(pool.submit(() -> repeatUntil(end, () -> assertThat(newCar(writer, customer, null)
                        .status()).isEqualTo(201))));
            }
            for (int i = 0; i < READERS; i++) {
                readers.add(pool.submit(() -> repeatUntil(end, () -> {
                    long start = System.nanoTime();
                    assertThat(new Http(port).get("/api/cars").token(manager).send().status()).isEqualTo(200);
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                })));
            }
            for (Future<Integer> writer : writers) {
                assertThat(writer.get()).as("cars created").isPositive();
            }
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).as("reads answered").isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Duration.ofNanos(slowest.get())).as("the slowest read").isLessThan(STALL);
    }

    private static int repeatUntil(long end, Runnable action) {
        int done = 0;
        while (System.nanoTime() < end) {
            action.run();
            done++;
        }
        return done;
    }
}
