package dk.kea.cars.platform.processing;

import dk.kea.cars.api.common.EntityEvent;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Which events of a read model must be handled in store order, one after another: those the read model's handlers
 * combine (a handler that reads or writes another aggregate's rows) share a sequence; every other entity is a
 * sequence of its own, keyed by its id, however the event was published. Sequences are what a processor's segments
 * split, so they decide how far a read model scales out across threads and instances without changing what it shows.
 */
public final class ReadModelSequencing implements SequencingPolicy<EventMessage<?>> {

    private final Function<Object, Object> sharedSequence;

    private ReadModelSequencing(Function<Object, Object> sharedSequence) {
        this.sharedSequence = sharedSequence;
    }

    /** Every entity a sequence of its own. */
    public static ReadModelSequencing perEntity() {
        return new ReadModelSequencing(payload -> null);
    }

    /**
     * @param sharedSequence for an event payload, the key of the sequence it shares with other aggregates, or null
     *                       when its entity is a sequence of its own
     */
    public static ReadModelSequencing perAggregateExcept(Function<Object, Object> sharedSequence) {
        return new ReadModelSequencing(sharedSequence);
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        Object shared = sharedSequence.apply(payload);
        if (shared != null) {
            return shared;
        }
        return payload instanceof EntityEvent entity ? entity.id()
                : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
