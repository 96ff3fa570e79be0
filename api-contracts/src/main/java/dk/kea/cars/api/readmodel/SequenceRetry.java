package dk.kea.cars.api.readmodel;

/**
 * The retry of one sequence.
 *
 * @param remaining    letters the sequence still holds afterwards
 * @param causeType    when it failed again: the failure's type
 * @param causeMessage when it failed again: the failure's message
 */
public record SequenceRetry(String sequence, Result result, long remaining, String causeType, String causeMessage) {

    public enum Result {
        /** Every letter was handled: the sequence is gone from the queue and its events are applied. */
        DRAINED,
        /** Handling failed again: the sequence stays parked, with the new cause and one more attempt. */
        FAILED,
        /** Another retry of the sequence is under way; nothing was done. */
        BUSY,
        /** The read model's store could not be reached; nothing changed. */
        UNAVAILABLE
    }
}
