package dk.kea.cars.platform.processing;

import dk.kea.cars.platform.outage.StoreOutage;
import dk.kea.cars.platform.outage.StoreOutageLog;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Keeps every read model of this process honest about the event store it is built from.
 * <ul>
 *     <li><b>Ahead of the store.</b> Before the processors start, and on every check while they run, each processor's
 *     position is compared with the store's head. A processor past the head would silently skip the events the store
 *     stores next at the positions it believes it has seen, so it is stopped, reported ({@link #aheadOfStore()},
 *     health DOWN) and logged with what to do.</li>
 *     <li><b>After an outage.</b> Axon's processors double their wait after each failure up to a minute. Once the
 *     store answers again, a processor that failed because the store was unreachable is restarted, so it resumes
 *     within one check interval instead of after its back-off. So is one whose batch was rolled back to park an
 *     event that failed ({@link DeadLetterParking}): a batch with several such events takes a round for each.</li>
 * </ul>
 */
public class ReadModelGuard {

    private static final Logger log = LoggerFactory.getLogger(ReadModelGuard.class);

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final TransactionManager transactions;
    private final StoreOutageLog outages;
    private final Duration retryAfterOutage;
    private final Clock clock;
    private final Map<String, AheadOfStore> ahead = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
    private Periodic checks;

    public ReadModelGuard(EventProcessingConfiguration processing, EventStore events, TransactionManager transactions,
                          StoreOutageLog outages, Duration retryAfterOutage, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.transactions = transactions;
        this.outages = outages;
        this.retryAfterOutage = retryAfterOutage;
        this.clock = clock;
    }

    /** The read models stopped because they are ahead of the store, by processor name. */
    public Map<String, AheadOfStore> aheadOfStore() {
        return Map.copyOf(ahead);
    }

    public Optional<AheadOfStore> aheadOfStore(String processor) {
        return Optional.ofNullable(ahead.get(processor));
    }

    /** Before the processors start: each one's stored position against the head. */
    void checkStoredPositions() {
        streamingProcessors().forEach(processor -> {
            OptionalLong stored = storedPosition(processor.getName());
            if (stored.isPresent()) {
                compareWithHead(processor.getName(), stored.getAsLong());
            }
        });
    }

    /**
     * Right after the processors started: those found ahead do not run. A processor is stopped only once it has
     * claimed its segments (Axon's launcher, stopped mid-launch, may never start workers again); until then it has
     * nothing to process, every stored event lying behind its position.
     */
    void stopThoseAhead() {
        ahead.keySet().forEach(name -> processing.eventProcessor(name, StreamingEventProcessor.class)
                .ifPresent(processor -> {
                    ProcessorClaims.awaitSegmentsClaimed(processor, Duration.ofSeconds(10));
                    processor.shutDown();
                }));
    }

    /** Checks every {@code interval} until {@link #stopChecks()}, on a thread of its own. */
    void startChecks(Duration interval) {
        checks = Periodic.every(interval, "read-model-guard", this::check);
    }

    void stopChecks() {
        if (checks != null) {
            checks.stop();
        }
    }

    /** One periodic check of every running processor; positions are read before the head, which only grows. */
    void check() {
        Map<StreamingEventProcessor, OptionalLong> positions = new HashMap<>();
        streamingProcessors().filter(StreamingEventProcessor::isRunning)
                .forEach(processor -> positions.put(processor, position(processor.processingStatus().values())));
        OptionalLong head = head();
        if (head.isEmpty()) {
            return;
        }
        positions.forEach((processor, position) -> {
            if (position.isPresent() && position.getAsLong() > head.getAsLong()) {
                stopAhead(processor, position.getAsLong(), head.getAsLong());
            }
        });
        streamingProcessors().filter(StreamingEventProcessor::isRunning).forEach(this::restartIfStoreCameBack);
    }

    /** An operator rebuilt the read model: it may run again. */
    void cleared(String processor) {
        ahead.remove(processor);
    }

    private void compareWithHead(String processor, long position) {
        OptionalLong head = head();
        if (head.isPresent() && position > head.getAsLong()) {
            record(new AheadOfStore(processor, position, head.getAsLong(), clock.instant()));
        }
    }

    private void stopAhead(StreamingEventProcessor processor, long position, long head) {
        record(new AheadOfStore(processor.getName(), position, head, clock.instant()));
        processor.shutDown();
    }

    private void record(AheadOfStore found) {
        if (ahead.putIfAbsent(found.processor(), found) == null) {
            log.error(found.advice());
        }
    }

    private void restartIfStoreCameBack(StreamingEventProcessor processor) {
        boolean failingOnOutage = processor.processingStatus().values().stream()
                .anyMatch(segment -> segment.isErrorState() && (StoreOutage.isOutage(segment.getError())
                        || segment.getError() instanceof DeadLetterParking.EventToPark));
        if (!failingOnOutage) {
            failingSince.remove(processor.getName());
            return;
        }
        Instant since = failingSince.computeIfAbsent(processor.getName(), name -> clock.instant());
        if (!clock.instant().isBefore(since.plus(retryAfterOutage))) {
            failingSince.remove(processor.getName());
            log.info("Restarting processor '{}': the event store answers again, or an event it failed to handle "
                    + "is to be parked", processor.getName());
            processor.shutdownAsync().thenRun(processor::start);
        }
    }

    /** The head, or empty while the store cannot be reached. */
    private OptionalLong head() {
        try {
            TrackingToken head = events.createHeadToken();
            outages.reachable();
            return OptionalLong.of(head == null ? -1 : head.position().orElse(-1));
        } catch (RuntimeException unreachable) {
            if (!StoreOutage.isOutage(unreachable)) {
                throw unreachable;
            }
            outages.outage(unreachable);
            return OptionalLong.empty();
        }
    }

    /** The furthest stored position of the processor's segments, read without keeping their claims. */
    private OptionalLong storedPosition(String processor) {
        TokenStore tokens = processing.tokenStore(processor);
        return transactions.fetchInTransaction(() -> {
            OptionalLong furthest = OptionalLong.empty();
            for (int segment : tokens.fetchSegments(processor)) {
                OptionalLong position = storedPosition(tokens, processor, segment);
                if (position.isPresent() && (furthest.isEmpty() || position.getAsLong() > furthest.getAsLong())) {
                    furthest = position;
                }
            }
            return furthest;
        });
    }

    private static OptionalLong storedPosition(TokenStore tokens, String processor, int segment) {
        try {
            TrackingToken token = tokens.fetchToken(processor, segment);
            tokens.releaseClaim(processor, segment);
            return token == null ? OptionalLong.empty() : token.position();
        } catch (UnableToClaimTokenException heldByAnotherInstance) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong position(Collection<EventTrackerStatus> segments) {
        return segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max();
    }

    private Stream<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast);
    }
}
