package dk.kea.cars.query.customer;

import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.query.web.EntryKind;
import dk.kea.cars.query.web.EntryReadController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Customers; read by admin, manager, sales person, auditor. Deleted ones are gone.")
public class CustomerReadController extends EntryReadController<CustomerView> {

    private final CustomerRowRepository customers;
    private final CustomerRowSearch search;

    public CustomerReadController(CustomerRowRepository customers, CustomerRowSearch search) {
        super(EntryKind.of("customer", "customers")
                .saying(EntryKind.NOT_FOUND, "No customer has this id, or it was deleted"));
        this.customers = customers;
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "List customers", description = "Customers sorted by email; deleted customers are never listed.")
    @ApiResponse(responseCode = "200", description = "The customers")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid")
    public List<CustomerView> list(
            @Parameter(description = "Only customers whose email contains this text, ignoring case")
            @RequestParam(name = "email_filter", required = false) String emailFilter,
            @Parameter(description = "At most this many customers, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many customers, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        ListPage page = new ListPage(limit, offset);
        return search.find(emailFilter, page.offset(), page.limit()).stream().map(CustomerRow::toView).toList();
    }

    /** A deleted customer is gone from the employee API. */
    @Override
    protected Optional<CustomerView> find(UUID id) {
        return customers.findById(id).filter(row -> !row.isDeleted()).map(CustomerRow::toView);
    }
}
