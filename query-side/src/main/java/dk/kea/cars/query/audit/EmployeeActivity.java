package dk.kea.cars.query.audit;

import dk.kea.cars.api.common.MetadataKeys;
import dk.kea.cars.query.employee.EmployeeRowRepository;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What one employee did, one request at a time: the employee's events (the filter of
 * {@code GET /api/audit/events?employee_id=}) grouped by the correlation id every event of a request carries, the
 * cascades it set off included (they inherit it). Read from the event store, in store order.
 */
@Component
class EmployeeActivity {

    private final EventStore events;
    private final AuditTrail trail;
    private final EmployeeRowRepository employees;

    EmployeeActivity(EventStore events, AuditTrail trail, EmployeeRowRepository employees) {
        this.events = events;
        this.trail = trail;
        this.employees = employees;
    }

    @Schema(description = "An employee's requests, each with the events it caused")
    record ActivityPage(@Schema(description = "The employee (name as of now)") AuditEntry.AuditActor employee,
                        @Schema(description = "Requests in the order of their first event") List<Request> requests,
                        @Schema(description = "Pass as after to continue") Long nextAfter) {
    }

    @Schema(description = "One request (one correlation id) and the events it caused, in store order")
    record Request(@Schema(description = "Correlation id of the request; null for events stored without one")
                   String correlationId,
                   @Schema(description = "When its first event happened (UTC)") Instant startedAt,
                   List<ActivityEvent> events) {
    }

    @Schema(description = "One event of a request")
    record ActivityEvent(@Schema(description = "Global position in the event store") Long position,
                         @Schema(description = "When it happened (UTC)") Instant occurredAt,
                         @Schema(description = "Event type, e.g. CarDeleted") String eventType,
                         @Schema(description = "Aggregate type, e.g. car") String aggregateType,
                         @Schema(description = "Aggregate id") String aggregateId,
                         @Schema(description = "Sequence number within the aggregate") long sequence) {
    }

    /**
     * Up to {@code limit} requests with events after position {@code after}. A page ends before the first event of
     * a request beyond the limit; events of a request on the page that come after that point (another request of
     * the same employee was interleaved) continue on the next page under the same correlation id.
     */
    Optional<ActivityPage> of(UUID employeeId, Long after, int limit) {
        return employees.findById(employeeId).map(row -> {
            AuditEntry.AuditActor employee = new AuditEntry.AuditActor(employeeId.toString(),
                    row.toView().firstName() + " " + row.toView().lastName());
            Map<String, List<ActivityEvent>> requests = new LinkedHashMap<>();
            Long last = read(new AuditTrail.Filter(null, null, employeeId, null, null), after, limit, requests);
            List<Request> page = new ArrayList<>();
            requests.forEach((key, grouped) -> page.add(new Request(key.startsWith("\0") ? null : key,
                    grouped.get(0).occurredAt(), grouped)));
            return new ActivityPage(employee, page, last);
        });
    }

    private Long read(AuditTrail.Filter filter, Long after, int limit, Map<String, List<ActivityEvent>> requests) {
        Optional<TrackingToken> start = after == null ? Optional.empty() : trail.tokenAt(after);
        if (after != null && start.isEmpty()) {
            return after;
        }
        Long last = after;
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(start.orElse(null))) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> next = stream.peek().orElseThrow();
                if (next instanceof DomainEventMessage<?> event && filter.test(event)) {
                    Long position = next.trackingToken().position().stream().boxed().findFirst().orElse(null);
                    String request = requestOf(event, position);
                    if (!requests.containsKey(request) && requests.size() == limit) {
                        return last;
                    }
                    requests.computeIfAbsent(request, key -> new ArrayList<>()).add(new ActivityEvent(position,
                            event.getTimestamp(), event.getPayloadType().getSimpleName(),
                            event.getType() == null ? null : event.getType().toLowerCase(Locale.ROOT),
                            event.getAggregateIdentifier(),
                            event.getSequenceNumber()));
                    last = position;
                }
                stream.nextAvailable();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event store", e);
        }
        return last;
    }

    /** The request's correlation id; an event stored without one is a request of its own. */
    private static String requestOf(DomainEventMessage<?> event, Long position) {
        Object correlationId = event.getMetaData().get(MetadataKeys.CORRELATION_ID);
        return correlationId != null ? correlationId.toString() : "\0" + position;
    }
}
