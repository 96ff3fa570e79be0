package dk.kea.cars.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/** How fresh one read model's tracking processor is. */
@Schema(description = "A tracking processor and how far it is behind the event store's head")
public record ProjectionStatus(
        @Schema(description = "Processor name, e.g. query-side") String name,
        @Schema(description = "Lowest position its segments have processed, or null before the first event")
        Long position,
        @Schema(description = "Position of the newest stored event") Long head,
        @Schema(description = "head - position") Long lag,
        @Schema(description = "Whether a replay after a reset has not yet reached the position it started at")
        boolean replaying,
        @Schema(description = "While replaying: the head when the replay started, which it must reach to be done; "
                + "position / replay_up_to is its progress") Long replayUpTo,
        @Schema(description = "Whether it is running") boolean running,
        @Schema(description = "The error that stopped a segment, if any (type only); AheadOfEventStore when it is "
                + "stopped for being ahead of the event store") String error,
        @Schema(description = "Stopped because its position is past the event store's head (the store lost events "
                + "or was replaced); rebuild it with POST /api/audit/projections/{name}/rebuild")
        boolean aheadOfStore) {
}
