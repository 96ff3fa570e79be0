package dk.kea.cars.api.readmodel;

import java.util.List;

/**
 * One instance's answer to {@link FindDeadLetters}: every processor it runs that parks failed events, also those
 * without any. Instances of one service share their dead letters (they live in the service's store), so they answer
 * alike for a processor.
 */
public record DeadLetterReport(String instance, List<ProcessorDeadLetters> processors) {

    public DeadLetterReport {
        processors = List.copyOf(processors);
    }
}
