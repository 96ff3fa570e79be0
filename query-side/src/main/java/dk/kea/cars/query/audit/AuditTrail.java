package dk.kea.cars.query.audit;

import dk.kea.cars.api.audit.Secrets;
import dk.kea.cars.api.common.MetadataKeys;
import dk.kea.cars.platform.personaldata.PersonalDataJson;
import dk.kea.cars.query.employee.EmployeeRowRepository;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Reads the history through Axon's event store API only (the same code on the JPA store and on Axon Server), from
 * the events themselves: snapshots never take part in what an auditor sees.
 */
@Component
public class AuditTrail {

    private final EventStore events;
    private final EmployeeRowRepository employees;
    private final PersonalDataJson json;

    AuditTrail(EventStore events, EmployeeRowRepository employees, PersonalDataJson json) {
        this.events = events;
        this.employees = employees;
        this.json = json;
    }

    /** Filters may be null. {@code from}/{@code to} bound the occurred-at instant, both inclusive. */
    public record Filter(String aggregateType, UUID aggregateId, UUID employeeId, Instant from, Instant to) {

        boolean test(DomainEventMessage<?> event) {
            return (aggregateType == null || aggregateType.equalsIgnoreCase(event.getType()))
                    && (aggregateId == null || aggregateId.toString().equals(event.getAggregateIdentifier()))
                    && (employeeId == null || employeeId.toString().equals(event.getMetaData()
                    .get(MetadataKeys.EMPLOYEE_ID)))
                    && (from == null || !event.getTimestamp().isBefore(from))
                    && (to == null || !event.getTimestamp().isAfter(to));
        }
    }

    /** Events in store order after the global position {@code after} (from the start when null). */
    public List<AuditEntry> events(Filter filter, Long after, int limit) {
        List<AuditEntry> found = new ArrayList<>();
        Optional<TrackingToken> start = after == null ? Optional.empty() : tokenAt(after);
        if (after != null && start.isEmpty()) {
            return found;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(start.orElse(null))) {
            while (found.size() < limit && stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                if (next instanceof DomainEventMessage<?> event && filter.test(event)) {
                    found.add(entry(event, next.trackingToken().position().stream().boxed().findFirst().orElse(null)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event store", e);
        }
        return found;
    }

    /**
     * The token at a global position, in the shape this store hands out: Axon Server's
     * {@code GlobalSequenceTrackingToken}, the JPA store's {@code GapAwareTrackingToken}. The shape is read from the
     * head token, which a store holding events always has (Axon Server's tail token of a fresh context is null).
     * Empty when the store holds no event: nothing lies after any position.
     */
    Optional<TrackingToken> tokenAt(long position) {
        TrackingToken sample = Optional.ofNullable(events.createHeadToken()).orElseGet(events::createTailToken);
        if (sample == null) {
            return Optional.empty();
        }
        if (sample instanceof GapAwareTrackingToken) {
            return Optional.of(GapAwareTrackingToken.newInstance(position, Collections.emptySortedSet()));
        }
        if (sample instanceof GlobalSequenceTrackingToken) {
            return Optional.of(new GlobalSequenceTrackingToken(position));
        }
        throw new IllegalStateException("The event store hands out tokens of an unknown kind: " + sample.getClass());
    }

    private AuditEntry entry(DomainEventMessage<?> event, Long position) {
        String employeeId = String.valueOf(event.getMetaData().getOrDefault(MetadataKeys.EMPLOYEE_ID,
                MetadataKeys.SYSTEM));
        return new AuditEntry(position, event.getType().toLowerCase(Locale.ROOT), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayloadType().getSimpleName(), revisionOf(event),
                event.getTimestamp(), new AuditEntry.AuditActor(employeeId, nameOf(employeeId)),
                (String) event.getMetaData().get(MetadataKeys.CORRELATION_ID), withoutSecrets(event));
    }

    private String nameOf(String employeeId) {
        try {
            return employees.findById(UUID.fromString(employeeId))
                    .map(row -> row.toView().firstName() + " " + row.toView().lastName()).orElse(null);
        } catch (IllegalArgumentException system) {
            return null;
        }
    }

    private static String revisionOf(EventMessage<?> event) {
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    /**
     * No password or hash ever reaches an auditor, whatever the event calls the field; personal fields show as they
     * read now (text, or "[erased]" once the person's key is deleted).
     */
    private JsonNode withoutSecrets(DomainEventMessage<?> event) {
        JsonNode payload = json.toTree(event.getPayload(), subjectOf(event));
        strip(payload);
        return payload;
    }

    /** The person a personal field of the event belongs to: its aggregate. */
    private static UUID subjectOf(DomainEventMessage<?> event) {
        try {
            return UUID.fromString(event.getAggregateIdentifier());
        } catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> secret = new ArrayList<>();
            object.propertyNames().forEach(name -> {
                if (Secrets.isSecret(name)) {
                    secret.add(name);
                }
            });
            secret.forEach(object::remove);
        }
        node.values().forEach(AuditTrail::strip);
    }
}
