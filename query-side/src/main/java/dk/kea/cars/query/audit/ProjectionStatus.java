package dk.kea.cars.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** How fresh one read model's tracking processor is, over every instance that runs it. */
@Schema(description = "A read model's processor, over every instance of its service, and how far it is behind the "
        + "event store's head")
public record ProjectionStatus(
        @Schema(description = "Processor name: query-side, public-query, auth-query or command-side-lookups")
        String name,
        @Schema(description = "Lowest position its segments have processed, or null before the first event")
        Long position,
        @Schema(description = "Position of the newest stored event") Long head,
        @Schema(description = "head - position") Long lag,
        @Schema(description = "Whether a replay after a reset has not yet reached the position it started at")
        boolean replaying,
        @Schema(description = "While replaying: the head when the replay started, which it must reach to be done; "
                + "position / replay_up_to is its progress") Long replayUpTo,
        @Schema(description = "Whether it is running on at least one instance") boolean running,
        @Schema(description = "The error that stopped a segment, if any (type only); AheadOfEventStore when it is "
                + "stopped for being ahead of the event store") String error,
        @Schema(description = "Stopped because its position is past the event store's head (the store lost events "
                + "or was replaced); rebuild it with POST /api/audit/projections/{name}/rebuild")
        boolean aheadOfStore,
        @Schema(description = "How many segments its positions are split into") int segmentCount,
        @Schema(description = "Each claimed segment, with the instance holding it") List<SegmentStatus> segments,
        @Schema(description = "The instances running it (Axon Server client ids)") List<String> instances,
        @Schema(description = "Events its processor has parked in its dead-letter queue because handling them "
                + "failed (GET /api/audit/dead-letters); null while its store cannot be reached") Long deadLetters) {

    /** One segment and the instance processing it. */
    @Schema(description = "A segment of a processor and the instance that holds it")
    public record SegmentStatus(
            @Schema(description = "Segment id") int segment,
            @Schema(description = "Axon Server client id of the instance holding it") String instance,
            @Schema(description = "Position it has processed") Long position,
            @Schema(description = "Whether it is replaying") boolean replaying) {
    }
}
