package dk.kea.cars.api.readmodel;

/** What a replay or rebuild command did: done, or refused with the reason an operator reads. */
public record ReadModelOperationOutcome(boolean done, String refusal) {

    public static ReadModelOperationOutcome completed() {
        return new ReadModelOperationOutcome(true, null);
    }

    public static ReadModelOperationOutcome refused(String reason) {
        return new ReadModelOperationOutcome(false, reason);
    }
}
