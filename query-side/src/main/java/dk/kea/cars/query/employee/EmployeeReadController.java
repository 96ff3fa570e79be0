package dk.kea.cars.query.employee;

import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.RuleViolation;
import dk.kea.cars.query.web.QueryResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/employees")
@Tag(name = "Employees", description = "Employees (admin, manager, auditor: all; sales person: only itself)")
public class EmployeeReadController {

    private static final Set<String> READS_EVERYONE = Set.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_AUDITOR");

    private final EmployeeRowRepository employees;
    private final EmployeeRowSearch search;

    public EmployeeReadController(EmployeeRowRepository employees, EmployeeRowSearch search) {
        this.employees = employees;
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "List employees",
            description = "Employees sorted by last and first name; a sales person's list holds only itself.")
    @ApiResponse(responseCode = "200", description = "The employees")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "422", description = "deleted, limit or offset is invalid")
    public List<EmployeeView> list(
            @Parameter(description = "Only deleted (true) or only active (false) employees; all when absent")
            @RequestParam(required = false) Boolean deleted,
            @Parameter(description = "At most this many employees, 1–1000")
            @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Skip this many employees, at least 0")
            @RequestParam(defaultValue = "0") int offset,
            @Parameter(hidden = true) Authentication caller) {
        checkPage(limit, offset);
        UUID onlyId = readsEveryone(caller) ? null : callerId(caller);
        return search.find(deleted, onlyId, offset, limit).stream().map(EmployeeRow::toView).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one employee", description = "The employee with its version as ETag.")
    @ApiResponse(responseCode = "200", description = "The employee; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403",
            description = "A sales person asked for another employee, or the caller lacks a role")
    @ApiResponse(responseCode = "404", description = "No employee has this id")
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<EmployeeView> get(@Parameter(description = "Employee id (UUID)") @PathVariable UUID id,
                                            @Parameter(hidden = true) Authentication caller) {
        if (!readsEveryone(caller) && !id.equals(callerId(caller))) {
            throw new AccessDeniedException("A sales person may read only itself");
        }
        return QueryResponses.found(employees.findById(id).map(EmployeeRow::toView), "Employee", id);
    }

    private static void checkPage(int limit, int offset) {
        Check check = new Check();
        check.field("limit", limit, value -> within(value, 1, 1000));
        check.field("offset", offset, value -> within(value, 0, Integer.MAX_VALUE));
        check.done();
    }

    private static int within(int value, int min, int max) {
        if (value < min || value > max) {
            throw new RuleViolation(max == Integer.MAX_VALUE
                    ? "must be at least " + min : "must be between " + min + " and " + max);
        }
        return value;
    }

    private static boolean readsEveryone(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(READS_EVERYONE::contains);
    }

    /** The security chain only lets employees with a current row through, and their token subject is their id. */
    private static UUID callerId(Authentication caller) {
        return UUID.fromString(caller.getName());
    }
}
