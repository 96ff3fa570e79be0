package dk.kea.cars.query.purchase;

import dk.kea.cars.api.purchase.PurchaseView;
import dk.kea.cars.query.car.CarRow;
import dk.kea.cars.query.car.CarRowRepository;
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
@RequestMapping("/api/purchases")
@Tag(name = "Purchases", description = "Purchases of cars (admin, manager, auditor: all; sales person: own cars only)")
public class PurchaseReadController {

    private final PurchaseRowRepository purchases;
    private final PurchaseRowSearch search;
    private final PurchaseViewAssembler views;
    private final CarRowRepository cars;
    private final EmployeeRowRepository employees;

    public PurchaseReadController(PurchaseRowRepository purchases, PurchaseRowSearch search,
                                  PurchaseViewAssembler views, CarRowRepository cars,
                                  EmployeeRowRepository employees) {
        this.purchases = purchases;
        this.search = search;
        this.views = views;
        this.cars = cars;
        this.employees = employees;
    }

    @GetMapping
    @Operation(summary = "List purchases",
            description = "Purchases sorted by date; deleted purchases are never listed. A sales person's list "
                    + "holds only purchases of its own cars.")
    @ApiResponse(responseCode = "200", description = "The purchases")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403",
            description = "A sales person asked for another employee's purchases, or the caller lacks a role")
    @ApiResponse(responseCode = "404", description = "employee_id names no employee")
    @ApiResponse(responseCode = "422", description = "employee_id, limit or offset is invalid")
    public List<PurchaseView> list(
            @Parameter(description = "Only purchases of cars owned by this employee (UUID); a sales person may "
                    + "name only itself")
            @RequestParam(name = "employee_id", required = false) UUID employeeId,
            @Parameter(description = "At most this many purchases, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many purchases, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset,
            @Parameter(hidden = true) Authentication caller) {
        ListPage page = new ListPage(limit, offset);
        UUID owner = QueryCallers.employeeFilter(caller, employeeId);
        if (owner != null && !employees.existsById(owner)) {
            throw new QueryNotFound("Employee", owner);
        }
        return views.toViews(search.find(owner, page.offset(), page.limit()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one purchase", description = "The purchase with its car; ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The purchase; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403",
            description = "A sales person asked for a purchase of another's car, or the caller lacks a role")
    @ApiResponse(responseCode = "404", description = "No purchase has this id, or it was deleted")
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<PurchaseView> get(@Parameter(description = "Purchase id (UUID)") @PathVariable UUID id,
                                            @Parameter(hidden = true) Authentication caller) {
        PurchaseRow purchase = purchases.findByIdAndDeletedFalse(id)
                .orElseThrow(() -> new QueryNotFound("Purchase", id));
        requireOwnCar(caller, purchase.getCarId());
        return QueryResponses.ok(views.toView(purchase));
    }

    @GetMapping("/car/{car_id}")
    @Operation(summary = "Get the purchase of a car", description = "The purchase of the car; ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The purchase; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "A sales person asked about another's car, or the caller lacks a role")
    @ApiResponse(responseCode = "404", description = "No car has this id, it was deleted, or it was not bought")
    @ApiResponse(responseCode = "422", description = "The car id is not a UUID")
    public ResponseEntity<PurchaseView> ofCar(
            @Parameter(description = "Car id (UUID)") @PathVariable("car_id") UUID carId,
            @Parameter(hidden = true) Authentication caller) {
        CarRow car = cars.findByIdAndDeletedFalse(carId).orElseThrow(() -> new QueryNotFound("Car", carId));
        QueryCallers.requireOwn(caller, car.getEmployeeId());
        PurchaseRow purchase = purchases.findFirstByCarIdAndDeletedFalse(carId)
                .orElseThrow(() -> new QueryNotFound("Purchase of car", carId));
        return QueryResponses.ok(views.toView(purchase));
    }

    /** A purchase whose car the read model does not hold (yet) has no known owner: only full readers see it. */
    private void requireOwnCar(Authentication caller, UUID carId) {
        UUID owner = cars.findById(carId).map(CarRow::getEmployeeId).orElse(null);
        QueryCallers.requireOwn(caller, owner);
    }
}
