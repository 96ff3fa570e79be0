package dk.kea.cars.command.naming;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a claim whose event never reached the event store. On the JPA store the claim and the event commit in one
 * transaction, so there is none. On Axon Server the claim's SQL transaction commits first and the events are appended
 * after it: a crash in between leaves a claim no event stands behind. Such a claim is an orphan once it is older than
 * {@code kea.naming.orphan-claim-grace} (so a create still in flight is never taken for one) and its owner has no
 * event at or after the moment it was claimed; another entity may then take the name over.
 */
@Component
class OrphanClaims {

    private final EventStore events;
    private final Duration grace;
    private final Clock clock;

    OrphanClaims(EventStore events, @Value("${kea.naming.orphan-claim-grace:5m}") Duration grace) {
        this.events = events;
        this.grace = grace;
        this.clock = Clock.systemUTC();
    }

    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    boolean isOrphan(NameClaim claim) {
        Optional<Instant> claimedAt = claim.claimedAt();
        if (claimedAt.isPresent() && claimedAt.get().isAfter(now().minus(grace))) {
            return false;
        }
        return !confirmedByAnEvent(claim, claimedAt);
    }

    /** The owner's newest event was stored at or after the claim: the change that needed the name happened. */
    private boolean confirmedByAnEvent(NameClaim claim, Optional<Instant> claimedAt) {
        String owner = claim.ownerId().toString();
        Optional<Long> last = events.lastSequenceNumberFor(owner);
        if (last.isEmpty()) {
            return false;
        }
        if (claimedAt.isEmpty()) {
            return true;
        }
        DomainEventStream newest = events.readEvents(owner, last.get());
        Instant newestEvent = null;
        while (newest.hasNext()) {
            DomainEventMessage<?> event = newest.next();
            newestEvent = event.getTimestamp();
        }
        return newestEvent != null && !newestEvent.isBefore(claimedAt.get());
    }
}
