package dk.kea.cars.api.readmodel;

/**
 * Drops a sequence's parked events for good: the read model never applies them (a replay would). Sent under the
 * name {@link #commandName(String)}, which only the instances running that processor handle; answered with how many
 * letters were dropped (0: no such sequence).
 */
public record EvictDeadLetters(String processor, String sequence) {

    public static String commandName(String processor) {
        return EvictDeadLetters.class.getName() + "/" + processor;
    }
}
