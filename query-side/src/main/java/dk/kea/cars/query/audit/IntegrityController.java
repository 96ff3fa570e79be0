package dk.kea.cars.query.audit;

import dk.kea.cars.api.audit.AuditedType;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.api.validation.RuleViolation;
import dk.kea.cars.query.web.QueryNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.UUID;

/** Tamper evidence and per-actor trails of the audit API (issue 14); auditors and admins, like all of /api/audit. */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Event history and point-in-time state; auditor and admin")
@SecurityRequirement(name = "bearer")
class IntegrityController {

    private static final String INTEGRITY_LIMIT = "1000";

    private final HistoryVerification verification;
    private final EmployeeActivity activity;

    IntegrityController(HistoryVerification verification, EmployeeActivity activity) {
        this.verification = verification;
        this.activity = activity;
    }

    @GetMapping("/integrity")
    @Operation(summary = "Verify the history against its hash chains and anchors", description = "Without "
            + "aggregate_id: the whole store, at most limit events per request, in store order; continue with the "
            + "answer's continuation until complete. Each event's hash is recomputed from the event as stored, "
            + "each event's predecessor must exist and stand before it, and the running digest must match every "
            + "anchor. aggregate_type limits the chain checks to that type (anchors still cover everything). With "
            + "aggregate_id: that aggregate's whole chain in one answer (no anchors: a single chain cannot tell "
            + "whether its newest events were removed). The answer names the first broken link.")
    @ApiResponse(responseCode = "200", description = "verified, or the first broken link")
    @ApiResponse(responseCode = "404", description = "aggregate_id names no stored aggregate (of that type)")
    @ApiResponse(responseCode = "422", description = "A malformed type, limit or continuation")
    IntegrityReport integrity(
            @Parameter(description = "car, customer, employee, purchase, insurance, brand, color, accessory or model")
            @RequestParam(name = "aggregate_type", required = false) String aggregateType,
            @RequestParam(name = "aggregate_id", required = false) UUID aggregateId,
            @Parameter(description = "The previous answer's continuation") @RequestParam(required = false)
            String continuation,
            @Parameter(description = "Events per request, 1–1000, default 1000")
            @RequestParam(defaultValue = INTEGRITY_LIMIT) int limit) {
        Check check = new Check();
        AuditedType type = check.optional("aggregate_type", aggregateType, IntegrityController::knownType);
        check.field("limit", limit, ListPage::limit);
        IntegrityProgress progress = check.optional("continuation", continuation, value -> resumable(value,
                aggregateType, aggregateId));
        check.done();
        if (aggregateId != null) {
            return verification.ofAggregate(aggregateId.toString(), type)
                    .orElseThrow(() -> new QueryNotFound(type == null ? "Aggregate" : type.slug(), aggregateId));
        }
        return verification.ofStore(progress != null ? progress
                : IntegrityProgress.start(type == null ? null : type.slug()), limit);
    }

    @GetMapping("/employees/{id}/activity")
    @Operation(summary = "What an employee did, request by request", description = "The employee's events (as "
            + "GET /api/audit/events?employee_id= finds them) grouped by the correlation id of the request that "
            + "caused them, cascades included, in store order; at most limit requests per page, continue with "
            + "after=next_after. A request interleaved with another of the same employee may continue on the next "
            + "page under the same correlation id.")
    @ApiResponse(responseCode = "200", description = "A page of requests")
    @ApiResponse(responseCode = "404", description = "No such employee")
    @ApiResponse(responseCode = "422", description = "A malformed limit or cursor")
    EmployeeActivity.ActivityPage activity(
            @PathVariable UUID id,
            @Parameter(description = "Global position to continue after") @RequestParam(required = false) Long after,
            @Parameter(description = "Requests per page, 1–1000, default 100")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit) {
        Check check = new Check();
        check.field("limit", limit, ListPage::limit);
        check.optional("after", after, value -> {
            if (value < 0) {
                throw new RuleViolation("must not be negative");
            }
            return value;
        });
        check.done();
        return activity.of(id, after, limit).orElseThrow(() -> new QueryNotFound("employee", id));
    }

    private static AuditedType knownType(String slug) {
        return AuditedType.fromSlug(slug).orElseThrow(() -> new RuleViolation("must be one of "
                + Arrays.stream(AuditedType.values()).map(AuditedType::slug).toList()));
    }

    /** A continuation goes on as it began: with the same aggregate type, and never with one aggregate's check. */
    private static IntegrityProgress resumable(String continuation, String aggregateType, UUID aggregateId) {
        if (aggregateId != null) {
            throw new RuleViolation("continues a whole-store check, not one aggregate's");
        }
        IntegrityProgress progress = IntegrityProgress.decode(continuation);
        if (aggregateType != null && !aggregateType.equals(progress.aggregateType())) {
            throw new RuleViolation("continues a check of another aggregate_type");
        }
        return progress;
    }
}
