package dk.kea.cars.query.audit;

import dk.kea.cars.api.readmodel.SequenceRetry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/** What the retry of one parked sequence came to. */
@Schema(description = "The retry of one parked sequence")
record DeadLetterRetryView(
        String processor,
        String sequence,
        @Schema(description = "drained: every event applied and the sequence gone from the queue; failed: handling "
                + "failed again, the sequence stays parked with one more attempt and nothing of the retry was kept; "
                + "busy: another retry of it was under way; unavailable: the read model's store could not be "
                + "reached, nothing changed (busy and unavailable only when retrying every sequence, otherwise 409 "
                + "and 503)", allowableValues = {"drained", "failed", "busy", "unavailable"}) String result,
        @Schema(description = "Events the sequence still holds") long remaining,
        @Schema(description = "When it failed again: the failure's type") String causeType,
        @Schema(description = "When it failed again: the failure's message") String causeMessage) {

    static DeadLetterRetryView of(String processor, SequenceRetry retry) {
        return new DeadLetterRetryView(processor, retry.sequence(), retry.result().name().toLowerCase(Locale.ROOT),
                retry.remaining(), retry.causeType(), retry.causeMessage());
    }
}
