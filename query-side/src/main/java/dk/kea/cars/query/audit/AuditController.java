package dk.kea.cars.query.audit;

import dk.kea.cars.api.audit.AuditedType;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.api.validation.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dk.kea.cars.query.web.QueryNotFound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit API of spec §9: the history from the event store alone (auditors and admins). */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Event history and point-in-time state; auditor and admin")
@SecurityRequirement(name = "bearer")
class AuditController {

    private final AuditTrail trail;
    private final PointInTime pointInTime;
    private final ProjectionControl projections;

    AuditController(AuditTrail trail, PointInTime pointInTime, ProjectionControl projections) {
        this.trail = trail;
        this.pointInTime = pointInTime;
        this.projections = projections;
    }

    @GetMapping("/projections")
    @Operation(summary = "Each read model's processor: position, lag behind the head, replaying or not")
    List<ProjectionStatus> projections() {
        return projections.statuses();
    }

    @org.springframework.web.bind.annotation.PostMapping("/projections/{name}/replay")
    @Operation(summary = "Rebuild a read model from the first event (admin)", description = "Resets the processor's "
            + "position, runs its reset handlers and replays; progress shows in GET /api/audit/projections")
    @ApiResponse(responseCode = "202", description = "Replay started")
    @ApiResponse(responseCode = "404", description = "No such processor")
    @ApiResponse(responseCode = "409", description = "The read model is ahead of the event store: rebuild it instead")
    org.springframework.http.ResponseEntity<ProjectionStatus> replay(@PathVariable String name) {
        requireAdmin();
        return org.springframework.http.ResponseEntity.accepted().body(projections.replay(name));
    }

    @org.springframework.web.bind.annotation.PostMapping("/projections/{name}/rebuild")
    @Operation(summary = "Rebuild a read model from scratch (admin)", description = "Stops the processor, deletes its "
            + "position and every row or document of its read model, and builds it again from the first event. "
            + "Unlike a replay, rows whose events the store no longer holds are gone; the read model is incomplete "
            + "until the processor catches up. The way back for a read model that is ahead of its event store.")
    @ApiResponse(responseCode = "202", description = "Rebuild started")
    @ApiResponse(responseCode = "404", description = "No such processor in this service")
    org.springframework.http.ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        requireAdmin();
        return org.springframework.http.ResponseEntity.accepted().body(projections.rebuild(name));
    }

    /** A page of the history and the cursor for the next one. */
    record AuditPage(List<AuditEntry> events, Long nextAfter) {
    }

    @GetMapping("/events")
    @Operation(summary = "The event history in store order", description = "Cursor paging: pass the answer's "
            + "next_after as after to get the next page; stable across calls")
    @ApiResponse(responseCode = "200", description = "A page of events")
    @ApiResponse(responseCode = "422", description = "A malformed filter or limit")
    AuditPage events(@Parameter(description = "car, customer, employee, purchase, insurance, brand, color, "
                             + "accessory or model") @RequestParam(name = "aggregate_type", required = false)
                     String aggregateType,
                     @RequestParam(name = "aggregate_id", required = false) UUID aggregateId,
                     @RequestParam(name = "employee_id", required = false) UUID employeeId,
                     @Parameter(description = "Earliest occurred-at (ISO-8601 UTC)") @RequestParam(required = false)
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                     @Parameter(description = "Latest occurred-at (ISO-8601 UTC)") @RequestParam(required = false)
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                     @Parameter(description = "Global position to continue after") @RequestParam(required = false)
                     Long after,
                     @Parameter(description = "1–1000, default 100") @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit) {
        validate(aggregateType, from, to, after, limit);
        List<AuditEntry> page = trail.events(new AuditTrail.Filter(aggregateType, aggregateId, employeeId, from, to),
                after, limit);
        return new AuditPage(page, page.isEmpty() ? after : page.get(page.size() - 1).position());
    }

    @GetMapping("/{aggregateType}/{id}/history")
    @Operation(summary = "One entity's events, oldest first")
    @ApiResponse(responseCode = "404", description = "No events for this entity")
    List<AuditEntry> history(@PathVariable String aggregateType, @PathVariable UUID id) {
        requireKnown(aggregateType, id);
        List<AuditEntry> history = trail.events(new AuditTrail.Filter(aggregateType, id, null, null, null), null,
                Integer.MAX_VALUE);
        if (history.isEmpty()) {
            throw new QueryNotFound(aggregateType, id);
        }
        return history;
    }

    @GetMapping("/{aggregateType}/{id}")
    @Operation(summary = "The entity as it was at an instant", description = "Rebuilt from its own events up to "
            + "as_of by the aggregate's own event-sourcing handlers (never from a snapshot), with the sequence it "
            + "stopped at. A deleted entity shows its tombstone (deleted: true).")
    @ApiResponse(responseCode = "404", description = "The entity did not exist yet at that instant")
    @ApiResponse(responseCode = "503", description = "The command side, which rebuilds it, did not answer in time")
    AuditState asOf(@PathVariable String aggregateType, @PathVariable UUID id,
                    @Parameter(description = "The instant (ISO-8601 UTC); default now")
                    @RequestParam(name = "as_of", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        AuditedType type = requireKnown(aggregateType, id);
        return pointInTime.stateOf(type, id, asOf == null ? Instant.now() : asOf)
                .orElseThrow(() -> new QueryNotFound(type.slug(), id));
    }

    /** Auditors read; only admins start a replay or handle dead letters (spec §1). */
    static void requireAdmin() {
        boolean admin = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
        if (!admin) {
            throw new org.springframework.security.access.AccessDeniedException("Only admins start a replay");
        }
    }

    /** Only the aggregate types of spec §1; anything else is not found (and never echoed back). */
    private static AuditedType requireKnown(String aggregateType, UUID id) {
        return AuditedType.fromSlug(aggregateType).orElseThrow(() -> new QueryNotFound("Entity", id));
    }

    private static void validate(String aggregateType, Instant from, Instant to, Long after, int limit) {
        Check check = new Check();
        check.optional("aggregate_type", aggregateType, value -> AuditedType.fromSlug(value).orElseThrow(() ->
                new RuleViolation("must be one of " + java.util.Arrays.stream(AuditedType.values())
                        .map(AuditedType::slug).toList())));
        check.optional("to", to, value -> {
            if (from != null && value.isBefore(from)) {
                throw new RuleViolation("must not be before from");
            }
            return value;
        });
        check.field("limit", limit, ListPage::limit);
        check.optional("after", after, value -> {
            if (value < 0) {
                throw new RuleViolation("must not be negative");
            }
            return value;
        });
        check.done();
    }
}
