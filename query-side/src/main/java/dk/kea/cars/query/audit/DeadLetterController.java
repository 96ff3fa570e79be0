package dk.kea.cars.query.audit;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.api.validation.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events the read models' processors parked because handling them failed: listed, retried once the cause is
 * fixed, or dropped (admins only; README, Dead letters).
 */
@RestController
@RequestMapping(path = "/api/audit/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dead letters", description = "Events the read models could not apply; admin")
@SecurityRequirement(name = "bearer")
class DeadLetterController {

    /** Processor names and sequence identifiers are plain text: no control characters, at most this long. */
    private static final int MAX_NAME = 255;

    private final DeadLetterAdmin deadLetters;

    DeadLetterController(DeadLetterAdmin deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "The parked events of every read model (admin)", description = "Processor by processor, "
            + "each sequence in order: the event whose handling failed, then the later events of its sequence "
            + "parked behind it. Their count per processor is dead_letters in GET /api/audit/projections.")
    @ApiResponse(responseCode = "200", description = "A page of parked events")
    @ApiResponse(responseCode = "404", description = "No running service has the named processor")
    @ApiResponse(responseCode = "422", description = "A malformed processor name, limit or offset")
    List<DeadLetterView> list(@Parameter(description = "Only this processor's") @RequestParam(required = false)
                              String processor,
                              @Parameter(description = "1–1000, default 100")
                              @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
                              @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        AuditController.requireAdmin();
        Check check = new Check();
        check.optional("processor", processor, DeadLetterController::name);
        check.done();
        return deadLetters.list(processor, new ListPage(limit, offset));
    }

    @PostMapping("/{processor}/{sequence}/retry")
    @Operation(summary = "Handle a parked sequence again (admin)", description = "Runs its events through the "
            + "processor's handlers in order, once the cause is fixed. All applied: the sequence is drained. One "
            + "fails again: nothing of the retry is kept, the sequence stays parked with the new cause and one more "
            + "attempt (result failed).")
    @ApiResponse(responseCode = "200", description = "The sequence was retried: drained or failed")
    @ApiResponse(responseCode = "404", description = "No such processor, or it has no such parked sequence")
    @ApiResponse(responseCode = "409", description = "Another retry of the sequence is under way")
    @ApiResponse(responseCode = "503", description = "The read model's store cannot be reached; nothing changed")
    DeadLetterRetryView retry(@PathVariable String processor, @PathVariable String sequence) {
        AuditController.requireAdmin();
        checkNames(processor, sequence);
        return deadLetters.retry(processor, sequence);
    }

    @PostMapping("/{processor}/retry")
    @Operation(summary = "Handle every parked sequence of a processor again (admin)", description = "One sequence "
            + "after the other, each as POST …/{sequence}/retry does")
    @ApiResponse(responseCode = "200", description = "Each sequence and what its retry came to")
    @ApiResponse(responseCode = "404", description = "No such processor")
    List<DeadLetterRetryView> retryAll(@PathVariable String processor) {
        AuditController.requireAdmin();
        checkNames(processor, null);
        return deadLetters.retryAll(processor);
    }

    @DeleteMapping("/{processor}/{sequence}")
    @Operation(summary = "Drop a parked sequence (admin)", description = "Its events are never applied (a replay "
            + "applies them again); later events of the sequence are handled as they come")
    @ApiResponse(responseCode = "204", description = "Dropped")
    @ApiResponse(responseCode = "404", description = "No such processor, or it has no such parked sequence")
    ResponseEntity<Void> evict(@PathVariable String processor, @PathVariable String sequence) {
        AuditController.requireAdmin();
        checkNames(processor, sequence);
        deadLetters.evict(processor, sequence);
        return ResponseEntity.noContent().build();
    }

    private static void checkNames(String processor, String sequence) {
        Check check = new Check();
        check.field("processor", processor, DeadLetterController::name);
        check.optional("sequence", sequence, DeadLetterController::name);
        check.done();
    }

    private static String name(String value) {
        if (value.isBlank() || value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("must be 1 to " + MAX_NAME + " characters without control characters");
        }
        return value;
    }
}
