package dk.kea.cars.query.insurance;

import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.query.store.CatalogRows;
import dk.kea.cars.query.web.QueryResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/insurances")
@Tag(name = "Insurances", description = "Insurances; read by admin, manager, sales person, auditor")
public class InsuranceReadController {

    private final InsuranceRowRepository insurances;
    private final CatalogRows catalog;

    public InsuranceReadController(InsuranceRowRepository insurances, CatalogRows catalog) {
        this.insurances = insurances;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List insurances", description = "Every insurance, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The insurances")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid")
    public List<InsuranceView> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.byName(InsuranceRow.class, new ListPage(limit, offset)).stream().map(InsuranceRow::toView).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one insurance", description = "The insurance with its version as ETag.")
    @ApiResponse(responseCode = "200", description = "The insurance; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "404", description = "No insurance has this id")
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<InsuranceView> get(@Parameter(description = "Insurance id (UUID)") @PathVariable UUID id) {
        return QueryResponses.found(insurances.findById(id).map(InsuranceRow::toView), "Insurance", id);
    }
}
