package dk.kea.cars.command.integrity;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.integrity.AnchorHistory;
import dk.kea.cars.api.integrity.HistoryAnchored;
import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvent;
import dk.kea.cars.platform.integrity.StoredEvents;
import dk.kea.cars.platform.processing.Periodic;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Anchors the whole event store every {@code kea.integrity.anchor-interval} (README, Auditing): the running digest
 * over every event's chain hash in store order, continued from the last anchor, stored as a {@link HistoryAnchored}
 * of the one {@link HistoryAnchor} aggregate. Only events older than {@code kea.integrity.anchor-settle} are
 * anchored: on the JPA store a transaction that has not committed yet leaves a gap in the positions that it fills
 * later, and an anchor must never be taken across such a gap. Every command-side instance runs this; when two
 * compute the same anchor, the aggregate takes the first and refuses the second.
 */
@Component
class HistoryAnchoring implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryAnchoring.class);
    private static final int PAGE = 1000;
    static final int MAX_EVENTS_PER_ANCHOR = 100_000;

    private final StoredEvents stored;
    private final EventStore events;
    private final CommandGateway commands;
    private final Duration interval;
    private final Duration settle;
    private final Clock clock;
    private final int maxEventsPerAnchor;
    private Periodic periodic;

    @Autowired
    HistoryAnchoring(StoredEvents stored, EventStore events, CommandGateway commands,
                     @Value("${kea.integrity.anchor-interval:10m}") Duration interval,
                     @Value("${kea.integrity.anchor-settle:1m}") Duration settle) {
        this(stored, events, commands, interval, settle, Clock.systemUTC(), MAX_EVENTS_PER_ANCHOR);
    }

    HistoryAnchoring(StoredEvents stored, EventStore events, CommandGateway commands, Duration interval,
                     Duration settle, Clock clock, int maxEventsPerAnchor) {
        this.stored = stored;
        this.events = events;
        this.commands = commands;
        this.interval = interval;
        this.settle = settle;
        this.clock = clock;
        this.maxEventsPerAnchor = maxEventsPerAnchor;
    }

    /** What the periodic run does: anchors every event that has settled. */
    int anchorSettledEvents() {
        return anchorUpTo(clock.instant().minus(settle));
    }

    /**
     * Anchors every event stored before {@code settledBefore} that no anchor covers yet, in anchors of at most
     * {@value #MAX_EVENTS_PER_ANCHOR} events each; answers how many anchors it stored (none when nothing new settled,
     * or when another instance anchored first).
     */
    int anchorUpTo(Instant settledBefore) {
        int anchored = 0;
        while (true) {
            Optional<Window> window = nextWindow(lastAnchor(), settledBefore.toEpochMilli());
            if (window.isEmpty()) {
                return anchored;
            }
            try {
                commands.sendAndWait(window.get().anchor());
            } catch (CommandExecutionException refused) {
                if (refused.getDetails().filter(details -> details instanceof Rejection rejection
                        && rejection.kind() == Rejection.Kind.CONFLICT).isPresent()) {
                    LOG.debug("Another instance anchored the history first: {}", refused.getMessage());
                    return anchored;
                }
                throw refused;
            }
            anchored++;
            if (!window.get().capped()) {
                return anchored;
            }
        }
    }

    /** What the next anchor covers; empty when no event but anchors themselves settled since the last one. */
    private Optional<Window> nextWindow(HistoryAnchored last, long settledBeforeMillis) {
        long after = last.upToPosition();
        String digest = last.storeDigest();
        long covered = last.eventsCovered();
        boolean news = false;
        int added = 0;
        reading:
        while (added < maxEventsPerAnchor) {
            int asked = Math.min(PAGE, maxEventsPerAnchor - added);
            List<StoredEvent> page = stored.after(after, asked);
            for (StoredEvent event : page) {
                if (event.timestampMillis() > settledBeforeMillis) {
                    break reading;
                }
                digest = EventChain.fold(digest, EventChain.contribution(event));
                covered++;
                added++;
                after = event.position();
                news |= !HistoryAnchored.AGGREGATE_TYPE.equals(event.aggregateType());
            }
            if (page.size() < asked) {
                break;
            }
        }
        if (!news) {
            return Optional.empty();
        }
        return Optional.of(new Window(new AnchorHistory(HistoryAnchored.ANCHOR_ID, last.upToPosition(), after,
                covered, digest), added == maxEventsPerAnchor));
    }

    /** The newest anchor; before the first, the empty store's. */
    private HistoryAnchored lastAnchor() {
        return events.lastSequenceNumberFor(HistoryAnchored.ANCHOR_ID)
                .flatMap(sequence -> events.readEvents(HistoryAnchored.ANCHOR_ID, sequence).asStream()
                        .filter(event -> event.getSequenceNumber() == sequence).findFirst())
                .map(event -> (HistoryAnchored) event.getPayload())
                .orElse(new HistoryAnchored(HistoryAnchored.ANCHOR_ID, StoredEvents.BEFORE_FIRST, 0,
                        EventChain.EMPTY_DIGEST, Instant.EPOCH));
    }

    private record Window(AnchorHistory anchor, boolean capped) {
    }

    @Override
    public synchronized void start() {
        periodic = Periodic.every(interval, "kea-history-anchoring", this::anchorSettledEvents);
    }

    @Override
    public synchronized void stop() {
        if (periodic != null) {
            periodic.stop();
            periodic = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return periodic != null;
    }
}
