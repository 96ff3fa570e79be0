package dk.kea.cars.api.readmodel;

import java.util.List;

/**
 * A processor's dead letters.
 *
 * @param count   how many letters it holds in all
 * @param letters the first of them, sequence by sequence, each sequence in the order its events happened
 */
public record ProcessorDeadLetters(String processor, long count, List<ParkedEvent> letters) {

    public ProcessorDeadLetters {
        letters = List.copyOf(letters);
    }
}
