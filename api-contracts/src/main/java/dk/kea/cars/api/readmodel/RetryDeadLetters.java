package dk.kea.cars.api.readmodel;

/**
 * Handles a processor's parked events again: one sequence, or every sequence when {@code sequence} is null. Sent
 * under the name {@link #commandName(String)}, which only the instances running that processor handle; answered
 * with {@link DeadLetterRetries}.
 */
public record RetryDeadLetters(String processor, String sequence) {

    public static String commandName(String processor) {
        return RetryDeadLetters.class.getName() + "/" + processor;
    }
}
