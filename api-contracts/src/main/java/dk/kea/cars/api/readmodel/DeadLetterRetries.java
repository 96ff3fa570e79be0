package dk.kea.cars.api.readmodel;

import java.util.List;

/** What {@link RetryDeadLetters} came to, sequence by sequence (none: the processor holds no such sequence). */
public record DeadLetterRetries(List<SequenceRetry> sequences) {

    public DeadLetterRetries {
        sequences = List.copyOf(sequences);
    }
}
