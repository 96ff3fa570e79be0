package dk.kea.cars.platform.freshness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How fresh a read model is, over every instance and segment of its processor: its {@link SafePosition} from the
 * token store and the event store's head, read after it. A reading is shared by every read that can use it: a read
 * that does not wait takes one at most {@code readingMaxAge} old; a read that waits for a position takes only readings
 * that started after it arrived, since an older one may predate the write whose position it waits for.
 */
public class ReadModelFreshness {

    private static final Logger log = LoggerFactory.getLogger(ReadModelFreshness.class);
    /** How often a waiting read looks again; readings are shared by every read waiting on the same read model. */
    private static final Duration WAIT_POLL = Duration.ofMillis(20);

    private final Function<String, TokenStore> tokenStores;
    private final List<SegmentTokenReader> readers;
    private final CommittedGaps gaps;
    private final EventStoreHead head;
    private final Duration readingMaxAge;
    private final Map<String, SharedReading<Freshness>> readings = new ConcurrentHashMap<>();
    private volatile boolean failing;

    /** {@code tokenStores}: the token store of a processor, by its name. */
    public ReadModelFreshness(Function<String, TokenStore> tokenStores, List<SegmentTokenReader> readers,
                              CommittedGaps gaps, EventStoreHead head, Duration readingMaxAge) {
        this.tokenStores = tokenStores;
        this.readers = List.copyOf(readers);
        this.gaps = gaps;
        this.head = head;
        this.readingMaxAge = readingMaxAge;
    }

    /** A reading at most {@code readingMaxAge} old; empty while the stores cannot be read. */
    public Optional<Freshness> recent(String processor) {
        try {
            Freshness reading = readingOf(processor).startedAfter(System.nanoTime() - readingMaxAge.toNanos()).value();
            recovered();
            return Optional.of(reading);
        } catch (RuntimeException unreadable) {
            failed(processor, unreadable);
            return Optional.empty();
        }
    }

    /** The outcome of a wait: the last reading (null if none could be taken) and whether it showed the position. */
    public record Wait(Freshness last, boolean reached) {
    }

    /**
     * Waits until a reading taken after {@code arrival} ({@link System#nanoTime()}) shows {@code minPosition}, or
     * {@code timeout} after {@code arrival} has passed.
     */
    public Wait await(String processor, long minPosition, long arrival, Duration timeout) {
        long deadline = arrival + timeout.toNanos();
        long after = arrival;
        Freshness last = null;
        while (true) {
            try {
                SharedReading.Stamped<Freshness> reading = readingOf(processor).startedAfter(after);
                last = reading.value();
                after = reading.startedAt();
                recovered();
            } catch (RuntimeException unreadable) {
                failed(processor, unreadable);
            }
            if (last != null && last.position() >= minPosition) {
                return new Wait(last, true);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !pause(Math.min(left, WAIT_POLL.toNanos()))) {
                return new Wait(last, false);
            }
        }
    }

    private SharedReading<Freshness> readingOf(String processor) {
        return readings.computeIfAbsent(processor, name -> new SharedReading<>(() -> read(name), System::nanoTime));
    }

    private Freshness read(String processor) {
        TokenStore store = tokenStores.apply(processor);
        List<TrackingToken> tokens = readers.stream().map(reader -> reader.read(processor, store))
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("No way to read the positions of processor '"
                        + processor + "' from its token store " + store.getClass().getSimpleName()));
        long position = SafePosition.of(tokens, gaps);
        return new Freshness(position, head.after(System.nanoTime()));
    }

    private static boolean pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void failed(String processor, RuntimeException unreadable) {
        if (!failing) {
            failing = true;
            log.warn("Cannot read how fresh read model '{}' is ({}); reads answer without the freshness headers "
                    + "until it can be read again", processor, unreadable.toString());
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("Read models' freshness can be read again");
        }
    }
}
