package dk.kea.cars.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/** The outcome of one integrity check (one page of a whole-store check, or one aggregate). */
@Schema(description = "What an integrity check found")
public record IntegrityReport(
        @Schema(description = "No broken link up to up_to_position") boolean verified,
        @Schema(description = "The check reached the store's newest event (or the aggregate's); else continue with "
                + "continuation") boolean complete,
        @Schema(description = "Events whose chain link was checked, this page and the pages before it")
        long eventsChecked,
        @Schema(description = "Of those, events written before chaining existed (no hash: not chained, but covered by "
                + "the anchors)") long unchained,
        @Schema(description = "Anchors compared with the store so far") long anchorsChecked,
        @Schema(description = "Global position of the last event checked (null if none, or where the store does not "
                + "tell it)") Long upToPosition,
        @Schema(description = "The store's newest position now: up_to_position / head_position is the progress")
        Long headPosition,
        @Schema(description = "Pass as continuation to check the next page; null when complete or broken")
        String continuation,
        @Schema(description = "The first broken link; null when verified") BrokenLink broken) {

    /** Where the history stopped matching its hashes, and how. */
    @Schema(description = "The first broken link")
    public record BrokenLink(
            @Schema(description = "hash_mismatch, hash_missing, missing_event, out_of_order or anchor_mismatch")
            String problem,
            @Schema(description = "Aggregate type, e.g. car (historyanchor for an anchor)") String aggregateType,
            @Schema(description = "Aggregate id") String aggregateId,
            @Schema(description = "Sequence number within the aggregate") Long sequence,
            @Schema(description = "Global position (for an anchor: the position it covers up to)") Long position,
            @Schema(description = "What the chain says should be there") String expected,
            @Schema(description = "What the store holds") String found,
            @Schema(description = "What this means") String detail) {
    }
}
