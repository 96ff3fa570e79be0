package dk.kea.cars.query.brand;

import dk.kea.cars.api.brand.BrandView;
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
@RequestMapping("/api/brands")
@Tag(name = "Brands", description = "Brands; read by admin, manager, sales person, auditor")
public class BrandReadController {

    private final BrandRowRepository brands;
    private final CatalogRows catalog;

    public BrandReadController(BrandRowRepository brands, CatalogRows catalog) {
        this.brands = brands;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List brands", description = "Every brand, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The brands")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid")
    public List<BrandView> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.byName(BrandRow.class, new ListPage(limit, offset)).stream().map(BrandRow::toView).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one brand", description = "The brand with its version as ETag.")
    @ApiResponse(responseCode = "200", description = "The brand; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "404", description = "No brand has this id")
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<BrandView> get(@Parameter(description = "Brand id (UUID)") @PathVariable UUID id) {
        return QueryResponses.found(brands.findById(id).map(BrandRow::toView), "Brand", id);
    }
}
