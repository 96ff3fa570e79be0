package dk.kea.cars.api.readmodel;

/**
 * Forgets a paused processor's positions and empties its read model, so it is built from scratch when resumed.
 * Sent under the name {@link #commandName(String)}, which only the instances running that processor handle.
 */
public record RebuildReadModel(String name) {

    public static String commandName(String processor) {
        return RebuildReadModel.class.getName() + "/" + processor;
    }
}
