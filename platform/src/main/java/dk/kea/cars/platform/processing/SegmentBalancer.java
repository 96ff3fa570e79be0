package dk.kea.cars.platform.processing;

import dk.kea.cars.api.readmodel.ReadModelProcessors;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares each processor's segments fairly among the instances running it. Axon's processors claim every free
 * segment they can, so the first instance to start takes them all; on every tick, an instance holding more than its
 * share ({@code ceil(segments / instances)}) releases the surplus for a while, and an instance with spare threads
 * claims it. A release hands the segment over with its stored position: no event is skipped or handled twice.
 */
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ReadModelOperations operations;
    private final ReadModelControl control;
    private final Duration releaseFor;

    SegmentBalancer(ReadModelOperations operations, ReadModelControl control, Duration releaseFor) {
        this.operations = operations;
        this.control = control;
        this.releaseFor = releaseFor;
    }

    void balance() {
        List<ReadModelProcessors> reports = operations.reports();
        control.streamingProcessors().filter(StreamingEventProcessor::isRunning)
                .forEach(processor -> balance(processor, runningInstances(reports, processor.getName())));
    }

    private void balance(StreamingEventProcessor processor, long instances) {
        if (instances < 2) {
            return;
        }
        int segments = control.segmentCount(processor.getName());
        long share = (segments + instances - 1) / instances;
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        long surplus = held.size() - share;
        for (int i = 0; i < surplus; i++) {
            int segment = held.get(held.size() - 1 - i);
            log.info("Releasing segment {} of '{}' for another instance ({} instances, {} segments)", segment,
                    processor.getName(), instances, segments);
            processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static long runningInstances(List<ReadModelProcessors> reports, String processor) {
        return reports.stream().filter(report -> report.processors().stream()
                .anyMatch(found -> found.name().equals(processor) && found.running() && !found.paused()))
                .count();
    }
}
