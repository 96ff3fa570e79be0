package dk.kea.cars.query.audit;

import dk.kea.cars.api.audit.AuditedType;
import dk.kea.cars.api.audit.FindStateAsOf;
import dk.kea.cars.api.audit.StateAsOf;
import dk.kea.cars.query.web.QueryUnavailable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entity as of an instant. The rebuild runs where the aggregates live (command-side answers
 * {@link FindStateAsOf} with the aggregate's own event-sourcing handlers), so this side never re-implements what
 * an event means; the query travels over Axon's query bus, in one JVM or through Axon Server alike.
 */
@Component
class PointInTime {

    private final QueryGateway queries;
    private final JsonMapper json;
    private final Duration timeout;

    PointInTime(QueryGateway queries, JsonMapper json,
                @Value("${kea.audit.as-of-timeout:10s}") Duration timeout) {
        this.queries = queries;
        this.json = json;
        this.timeout = timeout;
    }

    Optional<AuditState> stateOf(AuditedType type, UUID id, Instant asOf) {
        return Optional.ofNullable(ask(new FindStateAsOf(type, id, asOf)))
                .map(state -> new AuditState(type.slug(), state.id().toString(), asOf, state.sequence(),
                        state.occurredAt(), json.readTree(state.state())));
    }

    private StateAsOf ask(FindStateAsOf query) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(StateAsOf.class))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryUnavailable("The entity's history could not be read; try again.", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new QueryUnavailable("The entity's history could not be read; try again.", e);
        }
    }
}
