package dk.kea.cars.command.integrity;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.integrity.AnchorHistory;
import dk.kea.cars.api.integrity.HistoryAnchored;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvents;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The anchors of the whole event store, one after another: a single aggregate, so two instances that computed the
 * same anchor cannot both store it (the second no longer starts where the last anchor ended).
 */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class HistoryAnchor {

    @AggregateIdentifier
    private String id;
    private long upToPosition = StoredEvents.BEFORE_FIRST;

    protected HistoryAnchor() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AnchorHistory command) {
        if (!HistoryAnchored.ANCHOR_ID.equals(command.anchorId())) {
            throw Rejection.ruleViolated("All anchors belong to " + HistoryAnchored.ANCHOR_ID);
        }
        if (command.previousUpToPosition() != upToPosition) {
            throw Rejection.conflict("The history is anchored up to position " + upToPosition + ", not "
                    + command.previousUpToPosition());
        }
        if (command.upToPosition() <= upToPosition || command.eventsCovered() <= 0
                || !EventChain.isDigest(command.storeDigest())) {
            throw Rejection.ruleViolated("An anchor covers at least one more event and records a SHA-256 digest");
        }
        apply(new HistoryAnchored(command.anchorId(), command.upToPosition(), command.eventsCovered(),
                command.storeDigest(), EventTime.now()));
    }

    @EventSourcingHandler
    void on(HistoryAnchored event) {
        id = event.anchorId();
        upToPosition = event.upToPosition();
    }
}
