package dk.kea.cars.query.color;

import dk.kea.cars.api.color.ColorView;
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
@RequestMapping("/api/colors")
@Tag(name = "Colors", description = "Colors; read by admin, manager, sales person, auditor")
public class ColorReadController {

    private final ColorRowRepository colors;
    private final CatalogRows catalog;

    public ColorReadController(ColorRowRepository colors, CatalogRows catalog) {
        this.colors = colors;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List colors", description = "Every color, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The colors")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid")
    public List<ColorView> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.byName(ColorRow.class, new ListPage(limit, offset)).stream().map(ColorRow::toView).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one color", description = "The color with its version as ETag.")
    @ApiResponse(responseCode = "200", description = "The color; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "404", description = "No color has this id")
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<ColorView> get(@Parameter(description = "Color id (UUID)") @PathVariable UUID id) {
        return QueryResponses.found(colors.findById(id).map(ColorRow::toView), "Color", id);
    }
}
