package dk.kea.cars.api.readmodel;

/**
 * One segment of a processor, held by the instance that reports it.
 *
 * @param resetPosition while it replays: the head when the replay started, which it must reach to be done
 * @param error         the type of the error that stopped it, or null
 */
public record ReadModelSegment(int segment, Long position, boolean replaying, Long resetPosition, String error) {
}
