package dk.kea.cars.query.web;

import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The employee API's read of one entry of a kind, with its version as ETag. A subclass maps its path
 * ({@code @RequestMapping}), tags itself, finds the entry and declares its own lists.
 *
 * @param <V> the view of an entry
 */
public abstract class EntryReadController<V extends VersionedView> {

    private final EntryKind kind;

    protected EntryReadController(EntryKind kind) {
        this.kind = kind;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one {entry}", description = EntryKind.ONE)
    @ApiResponse(responseCode = "200", description = "The {entry}; ETag carries its version")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token")
    @ApiResponse(responseCode = "403", description = "The employee is unknown, deleted or lacks a role")
    @ApiResponse(responseCode = "404", description = EntryKind.NOT_FOUND)
    @ApiResponse(responseCode = "422", description = "The id is not a UUID")
    public ResponseEntity<V> get(@Parameter(description = "{Entry} id (UUID)") @PathVariable UUID id) {
        return QueryResponses.found(find(id), kind.title(), id);
    }

    /** The entry as the API shows it, unless the read model does not hold it (or hides it). */
    protected abstract Optional<V> find(UUID id);

    EntryKind kind() {
        return kind;
    }
}
