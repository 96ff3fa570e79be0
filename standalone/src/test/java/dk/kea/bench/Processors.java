package dk.kea.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.List;

/** The read models' tracking processors of this JVM and how far they are behind the event store's head. */
public class Processors {

    public static final List<String> READ_MODELS =
            List.of("query-side", "public-query", "auth-query", "command-side-lookups");

    private final EventProcessingConfiguration processing;
    private final EventStore store;

    Processors(EventProcessingConfiguration processing, EventStore store) {
        this.processing = processing;
        this.store = store;
    }

    /** Global position of the newest stored event; -1 for an empty store. */
    public long head() {
        return store.createHeadToken().position().orElse(-1);
    }

    /** The lowest position any segment of the processor has reached; -1 before its first event. */
    public long position(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No processor " + name));
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    public void awaitCaughtUp(Duration atMost, List<String> names) {
        long head = head();
        long deadline = System.nanoTime() + atMost.toNanos();
        for (String name : names) {
            while (position(name) < head) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not reach position " + head + " within " + atMost);
                }
                pause(Duration.ofMillis(50));
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
