package dk.kea.cars.query.audit;

import dk.kea.cars.platform.processing.AheadOfStore;
import dk.kea.cars.platform.processing.ProcessorClaims;
import dk.kea.cars.platform.processing.ReadModelGuard;
import dk.kea.cars.platform.processing.ReadModelRebuild;
import dk.kea.cars.query.web.QueryNotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The tracking processors of this process (all four services' in the standalone app; with Axon Server, each
 * service's own): their progress, and a reset-and-replay from the first event.
 */
@Component
public class ProjectionControl {

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final ReadModelGuard guard;
    private final ReadModelRebuild rebuilds;

    ProjectionControl(EventProcessingConfiguration processing, EventStore events, ReadModelGuard guard,
                      ReadModelRebuild rebuilds) {
        this.processing = processing;
        this.events = events;
        this.guard = guard;
        this.rebuilds = rebuilds;
    }

    public List<ProjectionStatus> statuses() {
        Long head = position(events.createHeadToken());
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .map(processor -> status(processor, head))
                .toList();
    }

    /**
     * Empties the read model and builds it again from the first event: the way back for a read model ahead of its
     * store, and the way to drop rows whose events no longer exist, which an in-place replay keeps.
     */
    public ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor = rebuilds.rebuild(name).orElseThrow(() -> notFound(name));
        awaitSegmentsClaimed(processor);
        return status(processor, position(events.createHeadToken()));
    }

    /** Rebuilds one read model from the first event, in place (see {@code VersionGate} for query-side). */
    public ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> notFound(name));
        guard.aheadOfStore(name).ifPresent(ahead -> {
            throw new ResponseStatusException(HttpStatus.CONFLICT, ahead.advice());
        });
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitSegmentsClaimed(processor);
        return status(processor, position(events.createHeadToken()));
    }

    /** So the answer already shows the replay and its target: a started processor claims its segments at once. */
    private static void awaitSegmentsClaimed(StreamingEventProcessor processor) {
        ProcessorClaims.awaitSegmentsClaimed(processor, Duration.ofSeconds(2));
    }

    private static QueryNotFound notFound(String name) {
        return new QueryNotFound("Processor", UUID.nameUUIDFromBytes(name.getBytes()));
    }

    private ProjectionStatus status(StreamingEventProcessor processor, Long head) {
        Optional<AheadOfStore> ahead = guard.aheadOfStore(processor.getName());
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = segments.stream().map(segment -> position(segment.getCurrentPosition()))
                .filter(java.util.Objects::nonNull).min(Long::compare).orElse(null);
        String error = ahead.isPresent() ? "AheadOfEventStore" : segments.stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(segment -> segment.getError().getClass().getSimpleName()).findFirst().orElse(null);
        Long replayUpTo = segments.stream().filter(ProjectionControl::replayUnfinished)
                .map(segment -> position(segment.getResetPosition())).filter(java.util.Objects::nonNull)
                .max(Long::compare).orElse(null);
        if (ahead.isPresent()) {
            position = ahead.get().position();
        }
        Long lag = head == null ? null : head - (position == null ? -1 : position);
        return new ProjectionStatus(processor.getName(), position, head, lag, replayUpTo != null, replayUpTo,
                processor.isRunning(), error, ahead.isPresent());
    }

    /**
     * Axon keeps a segment flagged as replaying until it handles an event stored after the reset, which may be long
     * after it has rebuilt everything; a replay is done, for an operator, once it has reached the reset position.
     */
    private static boolean replayUnfinished(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        Long reset = position(segment.getResetPosition());
        Long current = position(segment.getCurrentPosition());
        return reset != null && (current == null || current < reset);
    }

    private static Long position(TrackingToken token) {
        return token == null ? null : boxed(token.position());
    }

    private static Long position(OptionalLong position) {
        return boxed(position);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
