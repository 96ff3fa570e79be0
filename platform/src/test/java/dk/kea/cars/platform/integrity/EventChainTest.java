package dk.kea.cars.platform.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash covers every part of an event that says what happened, and nothing else. */
class EventChainTest {

    private static final String PREVIOUS = "ab".repeat(32);

    private final StoredEvent event = new StoredEvent(7L, "Car", "a1c0de00-0000-4000-8000-000000000002", 3,
            "e9b1f6de-6c55-4d39-8e0e-2f1d3a4b5c6d", 1_765_000_000_123L, "dk.kea.cars.api.car.CarDeleted", "1",
            "{\"id\":\"a1c0de00\",\"deleted\":true}".getBytes(StandardCharsets.UTF_8),
            Map.of("employeeId", "24bd8a11-2310-46bc-aebf-0887325ebdbd", "correlationId", "req-1",
                    "causationId", "cmd-1", "clientAddress", "10.0.0.7", "traceId", "t-1"));

    @Test
    void theSameEventAndPredecessorAlwaysHashAlikeAsLowerCaseHex() {
        String hash = EventChain.hash(PREVIOUS, event);

        assertThat(hash).isEqualTo(EventChain.hash(PREVIOUS, copy(event, e -> e)));
        assertThat(EventChain.isDigest(hash)).isTrue();
        assertThat(EventChain.isDigest(hash.toUpperCase())).isFalse();
    }

    @Test
    void everyPartThatSaysWhatHappenedChangesTheHash() {
        String hash = EventChain.hash(PREVIOUS, event);
        List<StoredEvent> changed = List.of(
                with(e -> new StoredEvent(e.position(), "Customer", e.aggregateId(), e.sequence(), e.eventId(),
                        e.timestampMillis(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata())),
                with(e -> new StoredEvent(e.position(), e.aggregateType(), "b" + e.aggregateId().substring(1),
                        e.sequence(), e.eventId(), e.timestampMillis(), e.payloadType(), e.payloadRevision(),
                        e.payload(), e.metadata())),
                with(e -> new StoredEvent(e.position(), e.aggregateType(), e.aggregateId(), 4, e.eventId(),
                        e.timestampMillis(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata())),
                with(e -> new StoredEvent(e.position(), e.aggregateType(), e.aggregateId(), e.sequence(), "other",
                        e.timestampMillis(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata())),
                with(e -> new StoredEvent(e.position(), e.aggregateType(), e.aggregateId(), e.sequence(), e.eventId(),
                        e.timestampMillis() + 1, e.payloadType(), e.payloadRevision(), e.payload(), e.metadata())),
                with(e -> new StoredEvent(e.position(), e.aggregateType(), e.aggregateId(), e.sequence(), e.eventId(),
                        e.timestampMillis(), "dk.kea.cars.api.car.CarCreated", e.payloadRevision(), e.payload(),
                        e.metadata())),
                with(e -> new StoredEvent(e.position(), e.aggregateType(), e.aggregateId(), e.sequence(), e.eventId(),
                        e.timestampMillis(), e.payloadType(), "2", e.payload(), e.metadata())),
                with(e -> new StoredEvent(e.position(), e.aggregateType(), e.aggregateId(), e.sequence(), e.eventId(),
                        e.timestampMillis(), e.payloadType(), e.payloadRevision(), oneByteChanged(e.payload()),
                        e.metadata())),
                withMetadata("employeeId", "f9097a97-eca4-49b6-85a0-08423789c320"),
                withMetadata("correlationId", "req-2"),
                withMetadata("causationId", "cmd-2"),
                withMetadata("clientAddress", "10.0.0.8"),
                withMetadata("employeeId", null));

        assertThat(changed).allSatisfy(other -> assertThat(EventChain.hash(PREVIOUS, other)).isNotEqualTo(hash));
        assertThat(EventChain.hash(EventChain.START, event)).isNotEqualTo(hash);
    }

    @Test
    void itsPositionAndMetadataBeyondWhatMattersDoNotChangeIt() {
        String hash = EventChain.hash(PREVIOUS, event);

        assertThat(EventChain.hash(PREVIOUS, new StoredEvent(null, event.aggregateType(), event.aggregateId(),
                event.sequence(), event.eventId(), event.timestampMillis(), event.payloadType(),
                event.payloadRevision(), event.payload(), event.metadata()))).isEqualTo(hash);
        assertThat(EventChain.hash(PREVIOUS, withMetadata("traceId", "t-2"))).isEqualTo(hash);
        assertThat(EventChain.hash(PREVIOUS, withMetadata(EventChain.CHAIN_HASH, "cd".repeat(32)))).isEqualTo(hash);
    }

    @Test
    void partsCannotBeShiftedIntoEachOther() {
        StoredEvent split = new StoredEvent(null, "CarX", "Y", 0, "id", 0, "T", "", new byte[0], Map.of());
        StoredEvent shifted = new StoredEvent(null, "Car", "XY", 0, "id", 0, "T", "", new byte[0], Map.of());
        StoredEvent emptyValue = new StoredEvent(null, "Car", "XY", 0, "id", 0, "T", "", new byte[0],
                Map.of("employeeId", ""));

        assertThat(EventChain.hash("", split)).isNotEqualTo(EventChain.hash("", shifted));
        assertThat(EventChain.hash("", emptyValue)).as("an empty value is not an absent one")
                .isNotEqualTo(EventChain.hash("", shifted));
    }

    @Test
    void theStoreDigestDependsOnEveryEventAndTheirOrder() {
        String first = EventChain.hash(EventChain.START, event);
        String second = EventChain.hash(first, copy(event, e -> e));
        String inOrder = EventChain.fold(EventChain.fold(EventChain.EMPTY_DIGEST, first), second);

        assertThat(EventChain.fold(EventChain.fold(EventChain.EMPTY_DIGEST, second), first)).isNotEqualTo(inOrder);
        assertThat(EventChain.fold(EventChain.EMPTY_DIGEST, first)).isNotEqualTo(inOrder);
        assertThat(EventChain.isDigest(inOrder)).isTrue();
    }

    @Test
    void anEventWrittenBeforeChainingContributesTheHashOfItsContent() {
        StoredEvent chained = withMetadata(EventChain.CHAIN_HASH, "cd".repeat(32));

        assertThat(EventChain.contribution(chained)).isEqualTo("cd".repeat(32));
        assertThat(EventChain.contribution(event)).isEqualTo(EventChain.hash(EventChain.START, event));
    }

    private StoredEvent with(UnaryOperator<StoredEvent> change) {
        return change.apply(event);
    }

    private StoredEvent withMetadata(String key, String value) {
        Map<String, String> metadata = new HashMap<>(event.metadata());
        if (value == null) {
            metadata.remove(key);
        } else {
            metadata.put(key, value);
        }
        return new StoredEvent(event.position(), event.aggregateType(), event.aggregateId(), event.sequence(),
                event.eventId(), event.timestampMillis(), event.payloadType(), event.payloadRevision(),
                event.payload(), metadata);
    }

    private static StoredEvent copy(StoredEvent e, UnaryOperator<StoredEvent> change) {
        return change.apply(new StoredEvent(e.position(), e.aggregateType(), e.aggregateId(), e.sequence(),
                e.eventId(), e.timestampMillis(), e.payloadType(), e.payloadRevision(), e.payload().clone(),
                new HashMap<>(e.metadata())));
    }

    private static byte[] oneByteChanged(byte[] payload) {
        byte[] changed = payload.clone();
        changed[changed.length / 2] ^= 1;
        return changed;
    }
}
