package dk.kea.cars.api.readmodel;

/**
 * Resets a paused processor's positions to the first event, so it replays in place when resumed. Sent under the
 * name {@link #commandName(String)}, which only the instances running that processor handle.
 */
public record ReplayReadModel(String name) {

    public static String commandName(String processor) {
        return ReplayReadModel.class.getName() + "/" + processor;
    }
}
