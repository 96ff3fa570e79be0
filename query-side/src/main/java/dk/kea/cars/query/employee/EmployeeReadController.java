package dk.kea.cars.query.employee;

import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.query.web.QueryResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/employees")
@Tag(name = "Employees", description = "Employees (admin, manager, auditor: all; sales person: only itself)")
public class EmployeeReadController {

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
            @Parameter(description = "Deleted (true) or active (false, the default) employees")
            @RequestParam(defaultValue = "false") boolean deleted,
            @Parameter(description = "At most this many employees, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many employees, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset,
            @Parameter(hidden = true) Authentication caller) {
        ListPage page = new ListPage(limit, offset);
        UUID onlyId = QueryCallers.readsEverything(caller) ? null : QueryCallers.id(caller);
        return search.find(deleted, onlyId, page.offset(), page.limit()).stream().map(EmployeeRow::toView).toList();
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
        QueryCallers.requireOwn(caller, id);
        return QueryResponses.found(employees.findById(id).map(EmployeeRow::toView), "Employee", id);
    }
}
