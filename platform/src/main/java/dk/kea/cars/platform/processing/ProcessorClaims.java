package dk.kea.cars.platform.processing;

import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Duration;

/** Waiting for a started processor to claim its segments, which it does at once unless another instance holds them. */
public final class ProcessorClaims {

    private ProcessorClaims() {
    }

    /** Returns when the processor reports a segment, or after {@code atMost}. */
    public static void awaitSegmentsClaimed(StreamingEventProcessor processor, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
