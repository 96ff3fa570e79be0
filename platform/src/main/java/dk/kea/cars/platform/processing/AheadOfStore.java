package dk.kea.cars.platform.processing;

import java.time.Instant;

/**
 * A read model whose processor has passed the newest event the store holds: the store lost events, or is another
 * store than the one the read model was built from. Its processor is stopped until an operator rebuilds it.
 */
public record AheadOfStore(String processor, long position, long head, Instant detectedAt) {

    public String advice() {
        return "Read model '" + processor + "' is at position " + position + " but the event store's newest event is "
                + head + ": the store lost events or was replaced. Its processor is stopped so it cannot skip new "
                + "events. Rebuild it from scratch: POST /api/audit/projections/" + processor + "/rebuild";
    }
}
