package dk.kea.cars.command.model;

import dk.kea.cars.api.model.FindModel;
import dk.kea.cars.api.model.FindPublicModel;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.command.web.Confirmation;
import dk.kea.cars.command.web.IfMatch;
import dk.kea.cars.command.web.ReadYourWrites;
import dk.kea.cars.command.web.Writes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Writes on models; answers once the employee API and the public catalog both show the change. */
@RestController
@RequestMapping(path = "/api/models", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Models (write)", description = "Create and change models; admin and manager")
@SecurityRequirement(name = "bearer")
class ModelController {

    private final ReadYourWrites writes;

    ModelController(ReadYourWrites writes) {
        this.writes = writes;
    }

    @PostMapping
    @Operation(summary = "Create a model", description = "201 with the new model; 200 with the existing one when the id "
            + "exists already (nothing changes); 202 when the read models did not confirm in time")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers set")
    @ApiResponse(responseCode = "200", description = "A model with this id exists already; it is returned unchanged")
    @ApiResponse(responseCode = "202", description = "Stored, but not yet visible in the read models")
    @ApiResponse(responseCode = "404", description = "The brand or a color does not exist (named in the detail)")
    @ApiResponse(responseCode = "409", description = "The id belongs to an entity of another type")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> create(@RequestBody NewModelRequest request) {
        var command = request.toCommand();
        return Writes.respond(writes.send(command, employeeView(command.id()), publicView(command.id())), "/api/models/" + command.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a model", description = "Partial: only the named fields change; a change to nothing "
            + "answers 200 with the current model and emits no event")
    @ApiResponse(responseCode = "200", description = "The model as it is now; ETag header set")
    @ApiResponse(responseCode = "404", description = "No model with this id, or a new color does not exist")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> update(@Parameter(description = "Id of the model") @PathVariable UUID id,
                                  @Parameter(description = "Expected version, as the ETag gave it, e.g. \"3\"")
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody ModelChangesRequest request) {
        var command = request.toCommand(id, IfMatch.expectedVersion(ifMatch));
        return Writes.respond(writes.send(command, employeeView(id), publicView(id)), "/api/models/" + id);
    }

    private static Confirmation<ModelView> employeeView(UUID id) {
        return Confirmation.of(new FindModel(id), ModelView.class);
    }

    private static Confirmation<ModelView> publicView(UUID id) {
        return Confirmation.of(new FindPublicModel(id), ModelView.class);
    }
}
