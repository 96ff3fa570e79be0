package dk.kea.cars.command.web;

import dk.kea.cars.api.common.FreshnessHeaders;
import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.platform.freshness.EventStoreHead;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sends a command and answers once every named read model shows its outcome (spec §4 read-your-writes).
 * Subscriptions are opened before the command is sent, so an update can never slip by between the two; the initial
 * result covers a read model that was already up to date. Works the same in one JVM and across processes through
 * Axon Server. If a read model cannot confirm in time the change is still stored: the caller answers 202.
 * <p>
 * Every outcome carries a position for {@code X-Event-Position}: the event store's head read after the command
 * returned, when its events were committed, so it is at or after each of them on the JPA store and on Axon Server
 * alike, whether the read models confirmed (201/200/204) or not (202), and also for a write that stored nothing new.
 * A read elsewhere that waits for it sees this write (README, Freshness).
 * <p>
 * Both outcomes are counted ({@value #METRIC}, tag {@code outcome}: {@code confirmed} or {@code unconfirmed}), so an
 * operator sees when read models fall behind the writes.
 */
@Component
public class ReadYourWrites {

    static final String METRIC = "kea.read_your_writes";

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStoreHead head;
    private final Duration timeout;
    private final Counter confirmed;
    private final Counter unconfirmed;

    ReadYourWrites(CommandGateway commands, QueryGateway queries, EventStoreHead head,
                   @Value("${kea.read-your-writes.timeout:5s}") Duration timeout, MeterRegistry meters) {
        this.commands = commands;
        this.queries = queries;
        this.head = head;
        this.timeout = timeout;
        this.confirmed = outcomes(meters, "confirmed", "Writes every named read model confirmed in time (2xx)");
        this.unconfirmed = outcomes(meters, "unconfirmed",
                "Writes stored but not confirmed by a read model in time (202 Accepted)");
    }

    private static Counter outcomes(MeterRegistry meters, String outcome, String description) {
        return Counter.builder(METRIC).tag("outcome", outcome).description(description).register(meters);
    }

    /**
     * The outcome of a write, unless a read model did not confirm in time the view as the first one shows it, and a
     * position at or after the write's events (empty only if the store could not be asked right after the write).
     */
    public record Outcome<V>(WriteResult result, Optional<V> view, OptionalLong eventPosition) {
    }

    public <V extends VersionedView> Outcome<V> send(Object command, Confirmation<V> primary,
                                                     Confirmation<?>... others) {
        List<SubscriptionQueryResult<?, ?>> opened = new ArrayList<>();
        try {
            Flux<V> primaryViews = subscribe(primary, opened);
            List<Flux<? extends VersionedView>> otherViews = new ArrayList<>();
            for (Confirmation<?> other : others) {
                otherViews.add(subscribe(other, opened));
            }
            WriteResult result = commands.sendAndWait(command);
            OptionalLong eventPosition = headAfterTheWrite();
            long deadline = System.nanoTime() + timeout.toNanos();
            Optional<V> view = awaitVersion(primaryViews, result.version(), deadline);
            boolean allConfirmed = view.isPresent()
                    && otherViews.stream().allMatch(views -> awaitVersion(views, result.version(), deadline).isPresent());
            (allConfirmed ? confirmed : unconfirmed).increment();
            return new Outcome<>(result, allConfirmed ? view : Optional.empty(), eventPosition);
        } finally {
            opened.forEach(SubscriptionQueryResult::cancel);
        }
    }

    private OptionalLong headAfterTheWrite() {
        try {
            return OptionalLong.of(head.now());
        } catch (RuntimeException unreachable) {
            log.warn("The event store's head could not be read after a stored write; answering without {}: {}",
                    FreshnessHeaders.EVENT_POSITION, unreachable.toString());
            return OptionalLong.empty();
        }
    }

    private <V extends VersionedView> Flux<V> subscribe(Confirmation<V> confirmation,
                                                        List<SubscriptionQueryResult<?, ?>> opened) {
        SubscriptionQueryResult<V, V> subscription = queries.subscriptionQuery(confirmation.query(),
                ResponseTypes.instanceOf(confirmation.viewType()), ResponseTypes.instanceOf(confirmation.viewType()));
        opened.add(subscription);
        return subscription.initialResult().flux().concatWith(subscription.updates()).cache();
    }

    private <V extends VersionedView> Optional<V> awaitVersion(Flux<V> views, long version, long deadline) {
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        try {
            return Optional.ofNullable(views.filter(view -> view.version() >= version).next().block(left));
        } catch (RuntimeException notConfirmed) {
            log.warn("A read model did not confirm version {} within {}: answering 202", version, timeout);
            return Optional.empty();
        }
    }
}
