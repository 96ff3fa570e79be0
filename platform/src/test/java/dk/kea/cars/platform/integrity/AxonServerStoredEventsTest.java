package dk.kea.cars.platform.integrity;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Axon Server's event channel hands out, read as stored events: tokens as positions, payload bytes and
 * metadata values as they arrive, events outside aggregates as belonging to none. (The JPA store's reader is
 * exercised over HTTP by the standalone's IntegrityHttpTest, on H2 and in CI on MariaDB.)
 */
class AxonServerStoredEventsTest {

    private final List<Event> stored = new ArrayList<>();
    private final StoredEvents events = new AxonServerStoredEvents(() -> channel(stored));

    @Test
    void anEmptyStoreHasNoHeadAndNothingAfterAnyPosition() {
        assertThat(events.head()).isEqualTo(StoredEvents.BEFORE_FIRST);
        assertThat(events.after(StoredEvents.BEFORE_FIRST, 10)).isEmpty();
    }

    @Test
    void readsAfterAPositionUpToTheHeadWithTokensAsPositions() {
        stored.add(event("car-1", 0, "{\"a\":1}"));
        stored.add(event("car-1", 1, "{\"a\":2}"));
        stored.add(event("car-2", 0, "{\"b\":1}"));

        List<StoredEvent> all = events.after(StoredEvents.BEFORE_FIRST, 10);
        List<StoredEvent> afterFirst = events.after(0, 1);

        assertThat(events.head()).isEqualTo(2);
        assertThat(all).extracting(StoredEvent::position).containsExactly(0L, 1L, 2L);
        assertThat(afterFirst).extracting(StoredEvent::position).containsExactly(1L);
        assertThat(events.after(2, 10)).isEmpty();
        StoredEvent first = all.get(0);
        assertThat(first.aggregateType()).isEqualTo("Car");
        assertThat(first.aggregateId()).isEqualTo("car-1");
        assertThat(first.payloadType()).isEqualTo("dk.kea.cars.api.car.CarCreated");
        assertThat(first.payloadRevision()).isEqualTo("1");
        assertThat(new String(first.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(first.timestampMillis()).isEqualTo(1_765_000_000_000L);
        assertThat(first.metadata()).containsEntry("employeeId", "emp-1").containsEntry("attempt", "3")
                .containsEntry(EventChain.CHAIN_HASH, "ab".repeat(32));
        assertThat(first.chainHash()).isEqualTo("ab".repeat(32));
    }

    @Test
    void readsOneAggregateFromASequenceWithoutPositions() {
        stored.add(event("car-1", 0, "{}"));
        stored.add(event("car-2", 0, "{}"));
        stored.add(event("car-1", 1, "{}"));

        List<StoredEvent> car = events.ofAggregate("car-1", 1, 5);

        assertThat(car).extracting(StoredEvent::sequence).containsExactly(1L);
        assertThat(car.get(0).position()).isNull();
    }

    @Test
    void anEventOutsideAggregatesBelongsToNone() {
        stored.add(Event.newBuilder().setMessageIdentifier("e-1").setTimestamp(1)
                .setPayload(SerializedObject.newBuilder().setType("Ping").setData(ByteString.EMPTY)).build());

        StoredEvent event = events.after(StoredEvents.BEFORE_FIRST, 1).get(0);

        assertThat(event.inAggregate()).isFalse();
        assertThat(event.payloadRevision()).isEmpty();
    }

    private static Event event(String aggregateId, long sequence, String payload) {
        return Event.newBuilder().setMessageIdentifier(aggregateId + "/" + sequence).setAggregateIdentifier(aggregateId)
                .setAggregateSequenceNumber(sequence).setAggregateType("Car").setTimestamp(1_765_000_000_000L)
                .setPayload(SerializedObject.newBuilder().setType("dk.kea.cars.api.car.CarCreated").setRevision("1")
                        .setData(ByteString.copyFromUtf8(payload)))
                .putMetaData("employeeId", MetaDataValue.newBuilder().setTextValue("emp-1").build())
                .putMetaData("attempt", MetaDataValue.newBuilder().setNumberValue(3).build())
                .putMetaData(EventChain.CHAIN_HASH, MetaDataValue.newBuilder().setTextValue("ab".repeat(32)).build())
                .build();
    }

    /** The few calls the reader makes, answered from the list as Axon Server would (tokens are list indexes). */
    private static EventChannel channel(List<Event> stored) {
        return (EventChannel) Proxy.newProxyInstance(EventChannel.class.getClassLoader(),
                new Class<?>[]{EventChannel.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getLastToken" -> CompletableFuture.completedFuture(stored.isEmpty() ? null
                            : (long) stored.size() - 1);
                    case "openStream" -> stream(stored, (Long) arguments[0]);
                    case "openAggregateStream" -> aggregate(stored.stream()
                            .filter(event -> event.getAggregateIdentifier().equals(arguments[0])
                                    && event.getAggregateSequenceNumber() >= (Long) arguments[1]).iterator());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static EventStream stream(List<Event> stored, long from) {
        Iterator<Integer> tokens = java.util.stream.IntStream.range((int) from, stored.size()).iterator();
        return (EventStream) Proxy.newProxyInstance(EventStream.class.getClassLoader(),
                new Class<?>[]{EventStream.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "nextIfAvailable" -> {
                        if (!tokens.hasNext()) {
                            yield null;
                        }
                        int token = tokens.next();
                        yield EventWithToken.newBuilder().setToken(token).setEvent(stored.get(token)).build();
                    }
                    case "isClosed" -> false;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static AggregateEventStream aggregate(Iterator<Event> events) {
        return new AggregateEventStream() {
            @Override
            public Event next() {
                return events.next();
            }

            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public void cancel() {
            }
        };
    }
}
