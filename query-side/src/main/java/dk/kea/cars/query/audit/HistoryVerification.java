package dk.kea.cars.query.audit;

import dk.kea.cars.api.audit.AuditedType;
import dk.kea.cars.api.integrity.HistoryAnchored;
import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvent;
import dk.kea.cars.platform.integrity.StoredEvents;
import dk.kea.cars.query.audit.IntegrityReport.BrokenLink;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the history against its hashes (README, Auditing), reading events as they are stored (never upcast: an
 * upcaster changes what a reader sees, not what was hashed).
 * <ul>
 *     <li>Every chained event's hash is recomputed from its stored form and its aggregate's previous hash.</li>
 *     <li>Every event's predecessor must exist (no sequence missing) and stand before it in the store.</li>
 *     <li>An event without a hash is one written before chaining; after a chained event of the same aggregate it is
 *     a hash removed.</li>
 *     <li>The running digest over all events in store order must equal each anchor's at the position it covers up to:
 *     this catches what no chain can, such as an aggregate's newest events or a whole aggregate removed.</li>
 * </ul>
 * A whole-store check goes page by page; a page is at most {@code limit} events, whatever the store's size.
 */
@Component
class HistoryVerification {

    private static final int BATCH = 1000;

    private final StoredEvents stored;
    private final EventStore events;

    HistoryVerification(StoredEvents stored, EventStore events) {
        this.stored = stored;
        this.events = events;
    }

    /** One page of the whole store, from where {@code progress} stands; chains checked only of its aggregate type. */
    IntegrityReport ofStore(IntegrityProgress progress, int limit) {
        Walk walk = new Walk(progress);
        long head = stored.head();
        List<StoredEvent> page = stored.after(progress.after(), limit);
        Map<String, StoredEvent> seen = new HashMap<>();
        for (StoredEvent event : page) {
            Optional<BrokenLink> broken = walk.anchorsEndingBefore(event.position())
                    .or(() -> walk.covers(event) ? check(event, seen, walk) : Optional.empty());
            if (broken.isPresent()) {
                return walk.broken(broken.get(), head);
            }
            walk.fold(event);
            broken = walk.anchorEndingAt(event.position());
            if (broken.isPresent()) {
                return walk.broken(broken.get(), head);
            }
        }
        return walk.verified(page.size() < limit, head);
    }

    /** One aggregate's whole chain; empty when the store holds no event of it (of that type, when given). */
    Optional<IntegrityReport> ofAggregate(String aggregateId, AuditedType type) {
        List<StoredEvent> chain = new ArrayList<>();
        List<StoredEvent> batch;
        do {
            long from = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).sequence() + 1;
            batch = stored.ofAggregate(aggregateId, from, BATCH);
            chain.addAll(batch);
        } while (batch.size() == BATCH);
        if (chain.isEmpty() || (type != null && !type.isTypeOf(chain.get(0).aggregateType()))) {
            return Optional.empty();
        }
        long unchained = 0;
        StoredEvent predecessor = null;
        for (StoredEvent event : chain) {
            StoredEvent before = predecessor;
            Optional<BrokenLink> broken = sequenceAfter(event, before).or(() -> link(event, before));
            if (broken.isPresent()) {
                return Optional.of(new IntegrityReport(false, false, chain.indexOf(event) + 1L, unchained, 0,
                        event.position(), stored.head(), null, broken.get()));
            }
            unchained += event.chainHash() == null ? 1 : 0;
            predecessor = event;
        }
        return Optional.of(new IntegrityReport(true, true, chain.size(), unchained, 0,
                chain.get(chain.size() - 1).position(), stored.head(), null, null));
    }

    /** Within one aggregate's own events: the next sequence, and (where the store tells) a later position. */
    private static Optional<BrokenLink> sequenceAfter(StoredEvent event, StoredEvent predecessor) {
        long expected = predecessor == null ? 0 : predecessor.sequence() + 1;
        if (event.sequence() != expected) {
            return Optional.of(missing(event, expected, "sequence " + event.sequence()));
        }
        if (predecessor != null && storedAfter(predecessor, event)) {
            return Optional.of(outOfOrder(event, predecessor));
        }
        return Optional.empty();
    }

    /** The predecessor of an event met in the store walk, found in this page or read from the store. */
    private Optional<BrokenLink> check(StoredEvent event, Map<String, StoredEvent> seen, Walk walk) {
        walk.checked++;
        StoredEvent predecessor = null;
        if (event.inAggregate()) {
            StoredEvent earlier = seen.put(event.aggregateId(), event);
            if (earlier != null && earlier.sequence() >= event.sequence()) {
                return Optional.of(outOfOrder(earlier, event));
            }
            if (event.sequence() > 0) {
                predecessor = earlier != null && earlier.sequence() == event.sequence() - 1 ? earlier
                        : stored.ofAggregate(event.aggregateId(), event.sequence() - 1, 1).stream().findFirst()
                        .orElse(null);
                if (predecessor == null || predecessor.sequence() != event.sequence() - 1) {
                    return Optional.of(missing(event, event.sequence() - 1, predecessor == null ? "none"
                            : "sequence " + predecessor.sequence() + " after sequence " + (event.sequence() - 2)));
                }
                if (storedAfter(predecessor, event)) {
                    return Optional.of(outOfOrder(event, predecessor));
                }
            }
        }
        Optional<BrokenLink> broken = link(event, predecessor);
        if (broken.isEmpty() && event.chainHash() == null) {
            walk.unchained++;
        }
        return broken;
    }

    /** The event's own hash, given the event before it in its aggregate (null: none, the chain starts here). */
    private static Optional<BrokenLink> link(StoredEvent event, StoredEvent predecessor) {
        String recorded = event.chainHash();
        String previous = predecessor == null || predecessor.chainHash() == null ? EventChain.START
                : predecessor.chainHash();
        if (recorded == null) {
            return predecessor != null && predecessor.chainHash() != null
                    ? Optional.of(broken("hash_missing", event, "a chain hash", "none", "The event has no hash "
                    + "although the one before it in its aggregate has: its hash was removed, or it was written by "
                    + "something that does not chain events"))
                    : Optional.empty();
        }
        String expected = EventChain.hash(previous, event);
        if (!expected.equals(recorded)) {
            return Optional.of(broken("hash_mismatch", event, expected, recorded, "The stored event (payload, "
                    + "type, revision, aggregate, sequence, id, time or the metadata that matters) or the hash of the "
                    + "event before it is not what was hashed when it was written"));
        }
        return Optional.empty();
    }

    private static boolean storedAfter(StoredEvent predecessor, StoredEvent event) {
        return predecessor.position() != null && event.position() != null && predecessor.position() > event.position();
    }

    private static BrokenLink missing(StoredEvent event, long expectedSequence, String found) {
        return broken("missing_event", event, "sequence " + expectedSequence, found, "An event of this aggregate "
                + "before this one is missing from the store");
    }

    /** Two events of one aggregate in the store in another order than their sequence; located at {@code located}. */
    private static BrokenLink outOfOrder(StoredEvent located, StoredEvent other) {
        StoredEvent lower = located.sequence() < other.sequence() ? located : other;
        StoredEvent higher = lower == located ? other : located;
        return broken("out_of_order", located, "sequence " + lower.sequence() + " stored before sequence "
                + higher.sequence(), "sequence " + higher.sequence() + " at position " + higher.position()
                + ", sequence " + lower.sequence() + " at position " + lower.position(), "Events of this aggregate "
                + "stand in the store in another order than their sequence");
    }

    private static BrokenLink broken(String problem, StoredEvent event, String expected, String found,
                                     String detail) {
        return new BrokenLink(problem, event.inAggregate() ? event.aggregateType().toLowerCase(Locale.ROOT) : null,
                event.inAggregate() ? event.aggregateId() : null, event.inAggregate() ? event.sequence() : null,
                event.position(), expected, found, detail);
    }

    /** One page's walk: the running digest, the anchors to compare it with, and the counts. */
    private final class Walk {

        private final IntegrityProgress start;
        private final AuditedType type;
        private long after;
        private long covered;
        private String digest;
        private long nextAnchor;
        private long anchoredUpTo;
        private long checked;
        private long unchained;
        private long anchorsChecked;
        private Optional<HistoryAnchored> anchor;

        private Walk(IntegrityProgress start) {
            this.start = start;
            this.type = AuditedType.fromSlug(start.aggregateType()).orElse(null);
            this.after = start.after();
            this.covered = start.covered();
            this.digest = start.digest();
            this.nextAnchor = start.nextAnchor();
            this.anchoredUpTo = start.anchoredUpTo();
            this.checked = start.checked();
            this.unchained = start.unchained();
            this.anchorsChecked = start.anchorsChecked();
            this.anchor = anchor(nextAnchor);
        }

        boolean covers(StoredEvent event) {
            return type == null || type.isTypeOf(event.aggregateType());
        }

        void fold(StoredEvent event) {
            digest = EventChain.fold(digest, EventChain.contribution(event));
            covered++;
            after = event.position();
        }

        /** Anchors covering only positions before this one: the walk has passed them without meeting their end. */
        Optional<BrokenLink> anchorsEndingBefore(long position) {
            while (anchor.isPresent() && anchor.get().upToPosition() < position) {
                Optional<BrokenLink> broken = compare(anchor.get());
                if (broken.isPresent()) {
                    return broken;
                }
            }
            return Optional.empty();
        }

        Optional<BrokenLink> anchorEndingAt(long position) {
            if (anchor.isPresent() && anchor.get().upToPosition() == position) {
                return compare(anchor.get());
            }
            return Optional.empty();
        }

        private Optional<BrokenLink> compare(HistoryAnchored anchored) {
            if (anchored.eventsCovered() != covered || !anchored.storeDigest().equals(digest)) {
                return Optional.of(new BrokenLink("anchor_mismatch",
                        HistoryAnchored.AGGREGATE_TYPE.toLowerCase(Locale.ROOT), anchored.anchorId(), nextAnchor,
                        anchored.upToPosition(), anchored.eventsCovered() + " events, digest "
                        + anchored.storeDigest(), covered + " events, digest " + digest, "The events stored up to "
                        + "position " + anchored.upToPosition() + " no longer match the anchor taken at "
                        + anchored.occurredAt() + ": since the anchor before it (up to position " + anchoredUpTo
                        + ", which matched), an event was removed, added, changed or moved"));
            }
            anchorsChecked++;
            anchoredUpTo = anchored.upToPosition();
            nextAnchor++;
            anchor = anchor(nextAnchor);
            return Optional.empty();
        }

        private Optional<HistoryAnchored> anchor(long sequence) {
            return events.readEvents(HistoryAnchored.ANCHOR_ID, sequence).asStream()
                    .filter(event -> event.getSequenceNumber() == sequence).findFirst()
                    .map(event -> (HistoryAnchored) event.getPayload());
        }

        IntegrityReport verified(boolean complete, long head) {
            IntegrityProgress progress = new IntegrityProgress(after, covered, digest, nextAnchor, anchoredUpTo,
                    checked, unchained, anchorsChecked, start.aggregateType());
            return new IntegrityReport(true, complete, checked, unchained, anchorsChecked,
                    after == StoredEvents.BEFORE_FIRST ? null : after, head == StoredEvents.BEFORE_FIRST ? null : head,
                    complete ? null : progress.encode(), null);
        }

        IntegrityReport broken(BrokenLink link, long head) {
            return new IntegrityReport(false, false, checked, unchained, anchorsChecked,
                    after == StoredEvents.BEFORE_FIRST ? null : after, head == StoredEvents.BEFORE_FIRST ? null : head,
                    null, link);
        }
    }
}
