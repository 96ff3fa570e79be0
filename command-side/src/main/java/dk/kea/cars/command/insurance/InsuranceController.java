package dk.kea.cars.command.insurance;

import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.FindPublicInsurance;
import dk.kea.cars.api.insurance.InsuranceView;
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

/** Writes on insurances; answers once the employee API and the public catalog both show the change. */
@RestController
@RequestMapping(path = "/api/insurances", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Insurances (write)", description = "Create and change insurances; admin and manager")
@SecurityRequirement(name = "bearer")
class InsuranceController {

    private final ReadYourWrites writes;

    InsuranceController(ReadYourWrites writes) {
        this.writes = writes;
    }

    @PostMapping
    @Operation(summary = "Create an insurance", description = "201 with the new insurance; 200 with the existing one when the id "
            + "exists already (nothing changes); 202 when the read models did not confirm in time")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers set")
    @ApiResponse(responseCode = "200", description = "A insurance with this id exists already; it is returned unchanged")
    @ApiResponse(responseCode = "202", description = "Stored, but not yet visible in the read models")
    @ApiResponse(responseCode = "409", description = "The name is taken")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> create(@RequestBody NewInsuranceRequest request) {
        var command = request.toCommand();
        return Writes.respond(writes.send(command, employeeView(command.id()), publicView(command.id())), "/api/insurances/" + command.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an insurance", description = "Partial: only the named fields change; a change to nothing "
            + "answers 200 with the current insurance and emits no event")
    @ApiResponse(responseCode = "200", description = "The insurance as it is now; ETag header set")
    @ApiResponse(responseCode = "404", description = "No insurance with this id")
    @ApiResponse(responseCode = "409", description = "The new name is taken")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> update(@Parameter(description = "Id of the insurance") @PathVariable UUID id,
                                  @Parameter(description = "Expected version, as the ETag gave it, e.g. \"3\"")
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody InsuranceChangesRequest request) {
        var command = request.toCommand(id, IfMatch.expectedVersion(ifMatch));
        return Writes.respond(writes.send(command, employeeView(id), publicView(id)), "/api/insurances/" + id);
    }

    private static Confirmation<InsuranceView> employeeView(UUID id) {
        return Confirmation.of(new FindInsurance(id), InsuranceView.class);
    }

    private static Confirmation<InsuranceView> publicView(UUID id) {
        return Confirmation.of(new FindPublicInsurance(id), InsuranceView.class);
    }
}
