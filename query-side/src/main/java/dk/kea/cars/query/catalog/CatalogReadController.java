package dk.kea.cars.query.catalog;

import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.query.store.CatalogRows;
import dk.kea.cars.query.web.EntryKind;
import dk.kea.cars.query.web.EntryReadController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employee API's reads of one kind of catalog entry: a page of them by name, and one with its version as ETag.
 * A subclass maps its path ({@code @RequestMapping}), tags itself and names its rows.
 *
 * @param <R> the kind's read-model row
 * @param <V> the view the row is shown as
 */
public abstract class CatalogReadController<R, V extends VersionedView> extends EntryReadController<V> {

    private final Class<R> rowType;
    private final Function<R, V> toView;
    private final JpaRepository<R, UUID> rows;
    private final CatalogRows catalog;

    protected CatalogReadController(EntryKind kind, Class<R> rowType, Function<R, V> toView,
                                    JpaRepository<R, UUID> rows, CatalogRows catalog) {
        super(kind);
        this.rowType = rowType;
        this.toView = toView;
        this.rows = rows;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "List {entries}", description = "Every {entry}, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The {entries}")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid")
    public List<V> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.byName(rowType, new ListPage(limit, offset)).stream().map(toView).toList();
    }

    @Override
    protected Optional<V> find(UUID id) {
        return rows.findById(id).map(toView);
    }
}
