package dk.kea.cars.query.car;

import dk.kea.cars.api.car.CarView;
import dk.kea.cars.query.customer.CustomerRowRepository;
import dk.kea.cars.query.employee.EmployeeRowRepository;
import dk.kea.cars.query.employee.QueryCallers;
import dk.kea.cars.query.web.QueryNotFound;
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
@RequestMapping("/api/cars")
@Tag(name = "Cars", description = "Cars offered to customers (admin, manager, auditor: all; sales person: only own)")
public class CarReadController {

    private final CarRowRepository cars;
    private final CarRowSearch search;
    private final CarViewAssembler views;
    private final CustomerRowRepository customers;
    private final EmployeeRowRepository employees;

    public CarReadController(CarRowRepository cars, CarRowSearch search, CarViewAssembler views,
                             CustomerRowRepository customers, EmployeeRowRepository employees) {
        this.cars = cars;
        this.search = search;
        this.views = views;
        this.customers = customers;
        this.employees = employees;
    }

    @GetMapping
    @Operation(summary = "List cars",
            description = "Cars sorted by purchase deadline; deleted cars are never listed. A sales person's list "
                    + "holds only its own cars.")
    @ApiResponse(responseCode = "200", description = "The cars")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403",
            description = "A sales person asked for another employee's cars, or the caller lacks a role")
    @ApiResponse(responseCode = "404", description = "customer_id or employee_id names no customer or employee")
    @ApiResponse(responseCode = "422", description = "A filter, limit or offset is invalid")
    public List<CarView> list(
            @Parameter(description = "Only cars of this customer (UUID)")
            @RequestParam(name = "customer_id", required = false) UUID customerId,
            @Parameter(description = "Only cars owned by this employee (UUID); a sales person may name only itself")
            @RequestParam(name = "employee_id", required = false) UUID employeeId,
            @Parameter(description = "Only bought (true) or not bought (false) cars")
            @RequestParam(name = "is_purchased", required = false) Boolean purchased,
            @Parameter(description = "Only cars whose purchase deadline is before today, UTC (true), or not (false)")
            @RequestParam(name = "is_past_purchase_deadline", required = false) Boolean pastPurchaseDeadline,
            @Parameter(description = "At most this many cars, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many cars, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset,
            @Parameter(hidden = true) Authentication caller) {
        ListPage page = new ListPage(limit, offset);
        UUID owner = QueryCallers.employeeFilter(caller, employeeId);
        requireCustomer(customerId);
        requireEmployee(owner);
        CarRowSearch.Filter filter = new CarRowSearch.Filter(customerId, owner, purchased, pastPurchaseDeadline);
        return views.toViews(search.find(filter, page.offset(), page.limit()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one car", description = "The car with everything it refers to; ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The car; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "A sales person asked for another's car, or the caller lacks a role")
    @ApiResponse(responseCode = "404", description = "No car has this id, or it was deleted")
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<CarView> get(@Parameter(description = "Car id (UUID)") @PathVariable UUID id,
                                       @Parameter(hidden = true) Authentication caller) {
        CarRow car = cars.findByIdAndDeletedFalse(id).orElseThrow(() -> new QueryNotFound("Car", id));
        QueryCallers.requireOwn(caller, car.getEmployeeId());
        return QueryResponses.ok(views.toView(car));
    }

    private void requireCustomer(UUID customerId) {
        if (customerId != null && !customers.existsByIdAndDeletedFalse(customerId)) {
            throw new QueryNotFound("Customer", customerId);
        }
    }

    private void requireEmployee(UUID employeeId) {
        if (employeeId != null && !employees.existsById(employeeId)) {
            throw new QueryNotFound("Employee", employeeId);
        }
    }
}
