package dk.kea.cars.query.scaleout;

import dk.kea.cars.api.common.EntityEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;

/**
 * Records, in the query-side processor of each instance, which instance handled which event, live or replayed.
 */
@ProcessingGroup("query-side")
public class HandledEvents {

    record Handling(String instance, boolean replay) {
    }

    static final Map<String, List<Handling>> BY_EVENT = new ConcurrentHashMap<>();

    private final String instance;

    HandledEvents(@Value("${axon.axonserver.client-id}") String instance) {
        this.instance = instance;
    }

    /** Counted once the batch commits: a batch that fails is retried, and only its successful handling counts. */
    @EventHandler
    void on(EntityEvent event, EventMessage<?> message, ReplayStatus status) {
        Handling handling = new Handling(instance, status.isReplay());
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> BY_EVENT
                .computeIfAbsent(message.getIdentifier(), id -> new CopyOnWriteArrayList<>()).add(handling));
    }
}
