package dk.kea.cars.platform.processing;

import dk.kea.cars.api.readmodel.FindReadModelProcessors;
import dk.kea.cars.api.readmodel.PauseReadModel;
import dk.kea.cars.api.readmodel.ReadModelOperationOutcome;
import dk.kea.cars.api.readmodel.ReadModelPause;
import dk.kea.cars.api.readmodel.ReadModelProcessor;
import dk.kea.cars.api.readmodel.ReadModelProcessors;
import dk.kea.cars.api.readmodel.ReadModelSegment;
import dk.kea.cars.api.readmodel.RebuildReadModel;
import dk.kea.cars.api.readmodel.ReplayReadModel;
import dk.kea.cars.api.readmodel.ResumeReadModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's side of the read-model operations: it reports its processors, pauses and resumes them when asked,
 * and resets a paused one. Handlers go on Axon's buses, so the same answers come from every instance of every service,
 * in one JVM or through Axon Server ({@link ReadModelOperations} is the side that asks).
 * <p>
 * A pause is held until the operation resumes it or its lease runs out: a coordinator that dies between the two
 * leaves no read model stopped for good.
 */
public class ReadModelControl {

    private static final Logger log = LoggerFactory.getLogger(ReadModelControl.class);

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final TransactionManager transactions;
    private final ReadModelGuard guard;
    private final ReadModelRebuild rebuilds;
    private final DeadLetterControl deadLetters;
    private final String instance;
    private final Duration pauseLease;
    private final Clock clock;
    private final Map<String, Pause> pauses = new ConcurrentHashMap<>();
    private Periodic ticks;
    private Periodic balancing;

    private record Pause(String operation, Instant until) {
    }

    public ReadModelControl(EventProcessingConfiguration processing, EventStore events,
                            TransactionManager transactions, ReadModelGuard guard, ReadModelRebuild rebuilds,
                            DeadLetterControl deadLetters, String instance, Duration pauseLease, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.transactions = transactions;
        this.guard = guard;
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
        this.instance = instance;
        this.pauseLease = pauseLease;
        this.clock = clock;
    }

    public String instance() {
        return instance;
    }

    /** Puts the handlers on the buses; commands only under the names of the processors this instance runs. */
    void subscribe(QueryBus queries, CommandBus commands) {
        new AnnotationQueryHandlerAdapter<>(new Handlers()).subscribe(queries);
        streamingProcessors().map(StreamingEventProcessor::getName).forEach(name -> {
            commands.subscribe(ReplayReadModel.commandName(name), command -> replayPaused(name));
            commands.subscribe(RebuildReadModel.commandName(name), command -> rebuildPaused(name));
        });
    }

    /** The query handlers; not a bean of their own, so Axon's handler lookup cannot register them a second time. */
    private final class Handlers {

        @QueryHandler
        ReadModelProcessors handle(FindReadModelProcessors query) {
            return report();
        }

        @QueryHandler
        ReadModelPause handle(PauseReadModel pause) {
            return pause(pause.name(), pause.operation());
        }

        @QueryHandler
        ReadModelPause handle(ResumeReadModel resume) {
            return resume(resume.name(), resume.operation());
        }
    }

    public ReadModelProcessors report() {
        Long head = position(events.createHeadToken());
        return new ReadModelProcessors(instance, streamingProcessors()
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .map(processor -> describe(processor, head)).toList());
    }

    ReadModelPause pause(String name, String operation) {
        Optional<StreamingEventProcessor> processor = processor(name);
        processor.ifPresent(found -> {
            pauses.put(name, new Pause(operation, clock.instant().plus(pauseLease)));
            log.info("Pausing processor '{}' for operation {}: its segments are released", name, operation);
            found.shutDown();
        });
        return new ReadModelPause(instance, processor.isPresent());
    }

    ReadModelPause resume(String name, String operation) {
        Optional<StreamingEventProcessor> processor = processor(name);
        Pause pause = pauses.get(name);
        if (processor.isPresent() && pause != null && pause.operation().equals(operation)) {
            start(name, processor.get());
        }
        return new ReadModelPause(instance, processor.isPresent());
    }

    void startTicks(Duration pauseCheckInterval, SegmentBalancer balancer, Duration balanceInterval) {
        ticks = Periodic.every(pauseCheckInterval, "read-model-pauses", this::resumeExpiredPauses);
        balancing = Periodic.every(balanceInterval, "read-model-balancer", balancer::balance);
    }

    void stopTicks() {
        if (ticks != null) {
            ticks.stop();
            balancing.stop();
        }
    }

    /** Resumes what an operation paused and never resumed. */
    void resumeExpiredPauses() {
        Instant now = clock.instant();
        pauses.forEach((name, pause) -> {
            if (now.isAfter(pause.until())) {
                log.warn("Resuming processor '{}': operation {} did not resume it within {}", name,
                        pause.operation(), pauseLease);
                processor(name).ifPresent(processor -> start(name, processor));
            }
        });
    }

    private void start(String name, StreamingEventProcessor processor) {
        pauses.remove(name);
        processor.start();
        ProcessorClaims.awaitSegmentsClaimed(processor, Duration.ofSeconds(2));
    }

    /** Back to the first event; refused while another instance still holds a segment, or when ahead of the store. */
    ReadModelOperationOutcome replayPaused(String name) {
        Optional<String> refusal = refusal(name);
        if (refusal.isPresent()) {
            return ReadModelOperationOutcome.refused(refusal.get());
        }
        Optional<AheadOfStore> ahead = guard.aheadOfStore(name);
        if (ahead.isPresent()) {
            return ReadModelOperationOutcome.refused(ahead.get().advice());
        }
        try {
            processor(name).orElseThrow().resetTokens();
            return ReadModelOperationOutcome.completed();
        } catch (UnableToClaimTokenException stillHeld) {
            return ReadModelOperationOutcome.refused(stillHeldElsewhere(name));
        }
    }

    ReadModelOperationOutcome rebuildPaused(String name) {
        Optional<String> refusal = refusal(name);
        if (refusal.isPresent()) {
            return ReadModelOperationOutcome.refused(refusal.get());
        }
        try {
            return rebuilds.rebuildStopped(name) ? ReadModelOperationOutcome.completed()
                    : ReadModelOperationOutcome.refused("Read model '" + name + "' cannot be emptied here");
        } catch (UnableToClaimTokenException stillHeld) {
            return ReadModelOperationOutcome.refused(stillHeldElsewhere(name));
        }
    }

    private Optional<String> refusal(String name) {
        if (!pauses.containsKey(name)) {
            return Optional.of("Processor '" + name + "' is not paused here; pause it on every instance first");
        }
        return Optional.empty();
    }

    private static String stillHeldElsewhere(String name) {
        return "An instance still holds a segment of '" + name + "' (it did not answer the pause in time); "
                + "nothing was changed, try again";
    }

    private ReadModelProcessor describe(StreamingEventProcessor processor, Long head) {
        String name = processor.getName();
        Optional<AheadOfStore> ahead = guard.aheadOfStore(name);
        List<ReadModelSegment> segments = processor.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(ReadModelControl::describe).toList();
        String error = ahead.isPresent() ? "AheadOfEventStore" : segments.stream().map(ReadModelSegment::error)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        OptionalLong parked = deadLetters.count(name);
        return new ReadModelProcessor(name, head, processor.isRunning(), error,
                ahead.map(AheadOfStore::position).orElse(null), pauses.containsKey(name), segmentCount(name),
                segments, parked.isPresent() ? parked.getAsLong() : null);
    }

    private static ReadModelSegment describe(EventTrackerStatus status) {
        return new ReadModelSegment(status.getSegment().getSegmentId(), position(status.getCurrentPosition()),
                status.isReplaying(), position(status.getResetPosition()),
                status.isErrorState() ? status.getError().getClass().getSimpleName() : null);
    }

    int segmentCount(String name) {
        return transactions.fetchInTransaction(() -> processing.tokenStore(name).fetchSegments(name).length);
    }

    Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    Stream<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast);
    }

    private static Long position(TrackingToken token) {
        return token == null ? null : position(token.position());
    }

    private static Long position(OptionalLong position) {
        return position.isPresent() ? position.getAsLong() : null;
    }
}
