package dk.kea.cars.platform.integrity;

import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Axon Server's event store, read through its event channel: the payload bytes and metadata values arrive as Axon
 * Server stores them. Positions are Axon Server's tokens (the first event is 0); reads of one aggregate carry none.
 */
final class AxonServerStoredEvents implements StoredEvents {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Supplier<EventChannel> channel;

    AxonServerStoredEvents(Supplier<EventChannel> channel) {
        this.channel = channel;
    }

    @Override
    public List<StoredEvent> after(long position, int max) {
        long head = head();
        List<StoredEvent> events = new ArrayList<>();
        if (head <= position || max <= 0) {
            return events;
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (EventStream stream = channel.get().openStream(position + 1, Math.max(max, 1))) {
            while (events.size() < max) {
                EventWithToken next = stream.nextIfAvailable(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    events.add(event(next.getToken(), next.getEvent()));
                    if (next.getToken() >= head) {
                        break;
                    }
                } else if (System.nanoTime() > deadline || stream.isClosed()) {
                    throw new IllegalStateException("Axon Server did not stream the events up to " + head);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Axon Server's events", e);
        }
        return events;
    }

    @Override
    public List<StoredEvent> ofAggregate(String aggregateId, long fromSequence, int max) {
        List<StoredEvent> events = new ArrayList<>();
        AggregateEventStream stream = channel.get().openAggregateStream(aggregateId, fromSequence);
        try {
            while (events.size() < max && stream.hasNext()) {
                events.add(event(null, stream.next()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Axon Server's events", e);
        } finally {
            stream.cancel();
        }
        return events;
    }

    @Override
    public long head() {
        try {
            Long last = channel.get().getLastToken().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return last == null ? BEFORE_FIRST : last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Axon Server for its head", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Axon Server did not tell its head", e);
        }
    }

    private static StoredEvent event(Long position, Event event) {
        return new StoredEvent(position, event.getAggregateType(), event.getAggregateIdentifier(),
                event.getAggregateSequenceNumber(), event.getMessageIdentifier(), event.getTimestamp(),
                event.getPayload().getType(), event.getPayload().getRevision(),
                event.getPayload().getData().toByteArray(), metadata(event.getMetaDataMap()));
    }

    /** Text as text; the other kinds Axon Server keeps as their plain rendering. */
    private static Map<String, String> metadata(Map<String, MetaDataValue> stored) {
        Map<String, String> text = new HashMap<>();
        stored.forEach((key, value) -> {
            switch (value.getDataCase()) {
                case TEXT_VALUE -> text.put(key, value.getTextValue());
                case NUMBER_VALUE -> text.put(key, Long.toString(value.getNumberValue()));
                case BOOLEAN_VALUE -> text.put(key, Boolean.toString(value.getBooleanValue()));
                case DOUBLE_VALUE -> text.put(key, Double.toString(value.getDoubleValue()));
                case BYTES_VALUE -> text.put(key, value.getBytesValue().getData().toStringUtf8());
                default -> {
                    // no value
                }
            }
        });
        return text;
    }
}
