package dk.kea.cars.query.accessory;

import dk.kea.cars.api.accessory.AccessoryView;
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
@RequestMapping("/api/accessories")
@Tag(name = "Accessories", description = "Accessories; read by admin, manager, sales person, auditor")
public class AccessoryReadController {

    private final AccessoryRowRepository accessories;
    private final CatalogRows catalog;

    public AccessoryReadController(AccessoryRowRepository accessories, CatalogRows catalog) {
        this.accessories = accessories;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List accessories", description = "Every accessory, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The accessories")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid")
    public List<AccessoryView> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.byName(AccessoryRow.class, new ListPage(limit, offset)).stream().map(AccessoryRow::toView).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one accessory", description = "The accessory with its version as ETag.")
    @ApiResponse(responseCode = "200", description = "The accessory; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "404", description = "No accessory has this id")
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<AccessoryView> get(@Parameter(description = "Accessory id (UUID)") @PathVariable UUID id) {
        return QueryResponses.found(accessories.findById(id).map(AccessoryRow::toView), "Accessory", id);
    }
}
