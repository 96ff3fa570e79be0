package dk.kea.cars.api.common;

/**
 * What a command handler answers: the aggregate's sequence number after the command, and whether the command
 * created the aggregate (a create of an existing id answers {@code created=false} and changes nothing).
 */
public record WriteResult(long version, boolean created) {

    public static WriteResult created(long version) {
        return new WriteResult(version, true);
    }

    /** The aggregate existed before the command (whether or not the command changed it). */
    public static WriteResult at(long version) {
        return new WriteResult(version, false);
    }
}
