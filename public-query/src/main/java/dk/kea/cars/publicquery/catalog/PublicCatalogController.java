package dk.kea.cars.publicquery.catalog;

import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.publicquery.PublicCatalogReader;
import dk.kea.cars.publicquery.web.PublicResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalog's reads of one kind of entry, for anonymous customers: a page of them by name, and one with
 * its version as ETag. A subclass maps its path ({@code @RequestMapping}), tags itself and names its documents.
 *
 * @param <D> the kind's stored document
 * @param <V> the view the document is shown as
 */
public abstract class PublicCatalogController<D extends PublicCatalogDocument<V>, V extends VersionedView> {

    private final PublicCatalogKind kind;
    private final Class<D> documentType;
    private final PublicCatalogReader catalog;

    protected PublicCatalogController(PublicCatalogKind kind, Class<D> documentType, PublicCatalogReader catalog) {
        this.kind = kind;
        this.documentType = documentType;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(operationId = "listPublic{Entries}", summary = "List {entries}",
            description = "{Every entry}, sorted by name.")
    @ApiResponse(responseCode = "200", description = "The {entries}, sorted by name")
    @ApiResponse(responseCode = "422", description = "limit or offset is invalid", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public List<V> list(
            @Parameter(description = "At most this many, 1–1000")
            @RequestParam(defaultValue = ListPage.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Skip this many, at least 0")
            @RequestParam(defaultValue = ListPage.DEFAULT_OFFSET) int offset) {
        return catalog.find(PublicResponses.byName(new ListPage(limit, offset)), documentType).stream()
                .map(PublicCatalogDocument::toView)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPublic{Entry}", summary = "Get one {entry}",
            description = "The {entry} with this id; the ETag header carries its version.")
    @ApiResponse(responseCode = "200", description = "The {entry}", headers = @Header(name = "ETag",
            description = "The {entry}'s version, quoted"))
    @ApiResponse(responseCode = "404", description = "No {entry} has this id", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The id is not a UUID", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<V> one(@Parameter(description = "{Entry} id (UUID)") @PathVariable UUID id) {
        return PublicResponses.versioned(catalog.findById(id, documentType).map(PublicCatalogDocument::toView),
                kind.title(), id);
    }

    PublicCatalogKind kind() {
        return kind;
    }
}
