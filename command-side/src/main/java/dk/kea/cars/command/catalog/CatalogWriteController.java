package dk.kea.cars.command.catalog;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.command.lookup.FindLookup;
import dk.kea.cars.command.lookup.LookupVersion;
import dk.kea.cars.command.web.Confirmation;
import dk.kea.cars.command.web.IfMatch;
import dk.kea.cars.command.web.ReadYourWrites;
import dk.kea.cars.command.web.Writes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Create and change of one kind of catalog entry; a write answers once the employee API and the public catalog
 * both show it, and, for what cars refer to, the command side's lookups too, so a car can use it right away. A subclass maps its path ({@code @RequestMapping}), tags itself and names its queries and words;
 * its own aggregate decides.
 *
 * @param <N> the body of a create
 * @param <C> the body of a change
 * @param <V> the view both read models answer with
 */
public abstract class CatalogWriteController<N extends NewCatalogRequest, C extends CatalogChangesRequest,
        V extends VersionedView> {

    private final ReadYourWrites writes;
    private final CatalogWriteDocs docs;
    private final Function<UUID, ?> employeeQuery;
    private final Function<UUID, ?> publicQuery;
    private final Class<V> viewType;
    private final boolean referencedByCars;
    private final String path;

    /**
     * @param employeeQuery    the {@code Find…} query of the employee read model (query-side)
     * @param publicQuery      the {@code FindPublic…} query of the public catalog (public-query)
     * @param referencedByCars whether a car refers to entries of this kind, checked against the lookups
     */
    protected CatalogWriteController(ReadYourWrites writes, CatalogWriteDocs docs, Function<UUID, ?> employeeQuery,
                                     Function<UUID, ?> publicQuery, Class<V> viewType, boolean referencedByCars) {
        this.writes = writes;
        this.docs = docs;
        this.employeeQuery = employeeQuery;
        this.publicQuery = publicQuery;
        this.viewType = viewType;
        this.referencedByCars = referencedByCars;
        this.path = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class).path()[0];
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create {an entry}", description = "201 with the new {entry}; 200 with the existing one when "
            + "the id exists already (nothing changes); 202 when the read models did not confirm in time")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers set")
    @ApiResponse(responseCode = "200", description = "{An entry} with this id exists already; it is returned unchanged")
    @ApiResponse(responseCode = "202", description = "Stored, but not yet visible in the read models")
    @ApiResponse(responseCode = "404", description = CatalogWriteDocs.CREATE_NOT_FOUND)
    @ApiResponse(responseCode = "409", description = CatalogWriteDocs.CREATE_CONFLICT)
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    public ResponseEntity<Object> create(@RequestBody N request) {
        CreateCommand command = request.toCommand();
        return send(command, command.id());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change {an entry}", description = "Partial: only the named fields change; a change to "
            + "nothing answers 200 with the current {entry} and emits no event")
    @ApiResponse(responseCode = "200", description = "The {entry} as it is now; ETag header set")
    @ApiResponse(responseCode = "404", description = CatalogWriteDocs.CHANGE_NOT_FOUND)
    @ApiResponse(responseCode = "409", description = CatalogWriteDocs.CHANGE_CONFLICT)
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    public ResponseEntity<Object> update(@Parameter(description = "Id of the {entry}") @PathVariable UUID id,
                                         @Parameter(description = "Expected version, as the ETag gave it, e.g. \"3\"")
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody C request) {
        return send(request.toCommand(id, IfMatch.expectedVersion(ifMatch)), id);
    }

    /** A create whose command the subclass read from a body of its own (a model's multipart form). */
    protected ResponseEntity<Object> createFrom(CreateCommand command) {
        return send(command, command.id());
    }

    CatalogWriteDocs docs() {
        return docs;
    }

    private ResponseEntity<Object> send(Object command, UUID id) {
        Confirmation<V> publicCatalog = Confirmation.of(publicQuery.apply(id), viewType);
        Confirmation<?>[] others = referencedByCars
                ? new Confirmation<?>[]{publicCatalog, Confirmation.of(new FindLookup(id), LookupVersion.class)}
                : new Confirmation<?>[]{publicCatalog};
        return Writes.respond(writes.send(command, Confirmation.of(employeeQuery.apply(id), viewType), others),
                path + "/" + id);
    }
}
