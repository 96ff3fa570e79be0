package dk.kea.cars.platform.processing;

import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Duration;

/** Waiting for a started processor to claim its segments, which it does at once unless another instance holds them. */
public final class ProcessorClaims {

    private ProcessorClaims() {
    }

    /**
     * Returns when the processor works on as many segments as it has threads (its launcher is then done: stopping it
     * earlier can leave the launcher stuck), or after {@code atMost}, which is what happens when other instances hold
     * some of the segments.
     */
    public static void awaitSegmentsClaimed(StreamingEventProcessor processor, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (processor.processingStatus().size() < processor.maxCapacity() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
