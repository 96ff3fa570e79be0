package dk.kea.cars.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.platform.freshness.EventStoreHead;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Read-your-writes on real Axon buses in one JVM: a write answers with the view once the read model shows it,
 * and 202 (the change is stored, the view is not confirmed) when a read model is late, fails or is missing.
 */
class ReadYourWritesTest {

    private static final Duration TIMEOUT = Duration.ofMillis(400);

    private final SimpleQueryUpdateEmitter updates = SimpleQueryUpdateEmitter.builder().build();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(updates).build();
    private final ThingReadModel things = new ThingReadModel();
    private final OtherReadModel others = new OtherReadModel();
    /** The event store: the command handler appends one event per accepted command, at the next position. */
    private final AtomicLong storedEvents = new AtomicLong();
    private volatile boolean storeReachable = true;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ReadYourWrites readYourWrites;

    record SaveThing(UUID id, long version, boolean created) {
    }

    record FindThing(UUID id) {
    }

    record FindOther(UUID id) {
    }

    record ThingView(UUID id, long version) implements VersionedView {
    }

    record OtherView(UUID id, long version) implements VersionedView {
    }

    /** A read model that shows a write only when the test projects it, as an event processor would. */
    class ThingReadModel {
        final Map<UUID, ThingView> rows = new ConcurrentHashMap<>();
        volatile boolean failing;

        void project(UUID id, long version) {
            ThingView view = new ThingView(id, version);
            rows.put(id, view);
            updates.emit(FindThing.class, query -> query.id().equals(id), view);
        }

        @QueryHandler
        ThingView handle(FindThing query) {
            if (failing) {
                throw new IllegalStateException("read model unavailable");
            }
            return rows.get(query.id());
        }
    }

    class OtherReadModel {
        @QueryHandler
        OtherView handle(FindOther query) {
            return null;
        }
    }

    @BeforeEach
    void wireAxon() {
        new AnnotationQueryHandlerAdapter<>(things).subscribe(queryBus);
        new AnnotationQueryHandlerAdapter<>(others).subscribe(queryBus);
        commandBus.subscribe(SaveThing.class.getName(), message -> {
            SaveThing save = (SaveThing) message.getPayload();
            if (save.version() < 0) {
                throw new IllegalArgumentException("rejected");
            }
            storedEvents.incrementAndGet();
            return new WriteResult(save.version(), save.created());
        });
        EventStoreHead head = new EventStoreHead(() -> {
            if (!storeReachable) {
                throw new IllegalStateException("event store unreachable");
            }
            return storedEvents.get() == 0 ? null : new GlobalSequenceTrackingToken(storedEvents.get() - 1);
        });
        readYourWrites = new ReadYourWrites(DefaultCommandGateway.builder().commandBus(commandBus).build(),
                DefaultQueryGateway.builder().queryBus(queryBus).build(), head, TIMEOUT, meters);
    }

    @Test
    void aWriteAnswersWithTheViewOnceTheReadModelShowsItsVersion() {
        UUID id = UUID.randomUUID();
        projectLater(id, 0, 100);

        ReadYourWrites.Outcome<ThingView> outcome =
                readYourWrites.send(new SaveThing(id, 0, true), Confirmation.of(new FindThing(id), ThingView.class));

        assertThat(outcome.view()).contains(new ThingView(id, 0));
        ResponseEntity<Object> response = Writes.respond(outcome, "/api/things/" + id);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).hasToString("/api/things/" + id);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(response.getBody()).isEqualTo(new ThingView(id, 0));
        assertThat(outcomes("confirmed")).isEqualTo(1);
        assertThat(outcomes("unconfirmed")).isZero();
    }

    @Test
    void anOlderVersionDoesNotConfirmTheWrite() {
        UUID id = UUID.randomUUID();
        things.project(id, 2);
        projectLater(id, 3, 100);

        ReadYourWrites.Outcome<ThingView> outcome =
                readYourWrites.send(new SaveThing(id, 3, false), Confirmation.of(new FindThing(id), ThingView.class));

        assertThat(outcome.view()).contains(new ThingView(id, 3));
        assertThat(Writes.respond(outcome, "/api/things/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aReadModelThatDoesNotCatchUpInTimeMakesIt202WithWhereToLook() {
        UUID id = UUID.randomUUID();
        long started = System.nanoTime();

        ReadYourWrites.Outcome<ThingView> outcome =
                readYourWrites.send(new SaveThing(id, 0, true), Confirmation.of(new FindThing(id), ThingView.class));

        assertThat(outcome.result()).isEqualTo(WriteResult.created(0));
        assertThat(outcome.view()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(TIMEOUT);
        ResponseEntity<Object> response = Writes.respond(outcome, "/api/things/" + id);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(response.getHeaders().getLocation()).hasToString("/api/things/" + id);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(response.getBody()).isNull();
        assertThat(response.getHeaders().getFirst("X-Event-Position")).isEqualTo("0");
        assertThat(outcomes("unconfirmed")).isEqualTo(1);
        assertThat(outcomes("confirmed")).isZero();
    }

    @Test
    void everyAnswerNamesAPositionAtOrAfterTheEventsTheWriteStored() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        projectLater(first, 0, 50);
        readYourWrites.send(new SaveThing(first, 0, true), Confirmation.of(new FindThing(first), ThingView.class));
        projectLater(second, 0, 50);

        ReadYourWrites.Outcome<ThingView> outcome = readYourWrites.send(new SaveThing(second, 0, true),
                Confirmation.of(new FindThing(second), ThingView.class));

        assertThat(outcome.eventPosition()).hasValue(1);
        assertThat(Writes.respond(outcome, "/api/things/" + second).getHeaders().getFirst("X-Event-Position"))
                .isEqualTo("1");
        ReadYourWrites.Outcome<ThingView> deleted = new ReadYourWrites.Outcome<>(WriteResult.at(1),
                Optional.of(new ThingView(second, 1)), OptionalLong.of(7));
        assertThat(Writes.respondDeleted(deleted, "/api/things/" + second).getHeaders().getFirst("X-Event-Position"))
                .isEqualTo("7");
    }

    @Test
    void aStoredWriteStillAnswersWhenTheHeadCannotBeReadAfterIt() {
        UUID id = UUID.randomUUID();
        storeReachable = false;
        projectLater(id, 0, 50);

        ReadYourWrites.Outcome<ThingView> outcome =
                readYourWrites.send(new SaveThing(id, 0, true), Confirmation.of(new FindThing(id), ThingView.class));

        assertThat(outcome.view()).contains(new ThingView(id, 0));
        assertThat(outcome.eventPosition()).isEmpty();
        assertThat(Writes.respond(outcome, "/api/things/" + id).getHeaders().containsHeader("X-Event-Position"))
                .isFalse();
    }

    @Test
    void aFailingReadModelMakesIt202AndTheWriteStillCounts() {
        UUID id = UUID.randomUUID();
        things.failing = true;

        ReadYourWrites.Outcome<ThingView> outcome =
                readYourWrites.send(new SaveThing(id, 0, true), Confirmation.of(new FindThing(id), ThingView.class));

        assertThat(outcome.result()).isEqualTo(WriteResult.created(0));
        assertThat(outcome.view()).isEmpty();
        assertThat(updates.activeSubscriptions()).isEmpty();
    }

    @Test
    void everyNamedReadModelMustConfirm() {
        UUID id = UUID.randomUUID();
        projectLater(id, 0, 50);

        ReadYourWrites.Outcome<ThingView> outcome = readYourWrites.send(new SaveThing(id, 0, true),
                Confirmation.of(new FindThing(id), ThingView.class),
                Confirmation.of(new FindOther(id), OtherView.class));

        assertThat(outcome.view()).isEmpty();
        assertThat(outcomes("unconfirmed")).as("one read model of two confirmed").isEqualTo(1);
    }

    @Test
    void aRejectedCommandFailsTheWriteAndLeavesNoSubscriptionOpen() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> readYourWrites.send(new SaveThing(id, -1, true),
                Confirmation.of(new FindThing(id), ThingView.class)))
                .isInstanceOfAny(IllegalArgumentException.class, CommandExecutionException.class)
                .hasMessageContaining("rejected");
        assertThat(updates.activeSubscriptions()).isEmpty();
        assertThat(outcomes("confirmed") + outcomes("unconfirmed")).as("nothing was written").isZero();
    }

    @Test
    void aConfirmedDeleteAnswers204AndAnUnconfirmedOne202() {
        UUID id = UUID.randomUUID();
        ReadYourWrites.Outcome<ThingView> confirmed =
                new ReadYourWrites.Outcome<>(WriteResult.at(4), Optional.of(new ThingView(id, 4)), OptionalLong.of(9));
        ReadYourWrites.Outcome<ThingView> unconfirmed =
                new ReadYourWrites.Outcome<>(WriteResult.at(4), Optional.empty(), OptionalLong.of(9));

        assertThat(Writes.respondDeleted(confirmed, "/api/things/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Writes.respondDeleted(unconfirmed, "/api/things/" + id).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
    }

    /** Writes counted with this outcome ({@code kea.read_your_writes}, the operator's 202 ratio). */
    private double outcomes(String outcome) {
        return meters.get("kea.read_your_writes").tag("outcome", outcome).counter().count();
    }

    private void projectLater(UUID id, long version, long afterMillis) {
        CompletableFuture.runAsync(() -> things.project(id, version),
                CompletableFuture.delayedExecutor(afterMillis, TimeUnit.MILLISECONDS));
    }
}
