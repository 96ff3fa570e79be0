package dk.kea.cars.command.employee;

import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.DeleteEmployee;
import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.employee.FindCredentials;
import dk.kea.cars.api.employee.FindEmployee;
import dk.kea.cars.api.employee.UndeleteEmployee;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.api.validation.RuleViolation;
import dk.kea.cars.command.lookup.FindLookup;
import dk.kea.cars.command.lookup.LookupVersion;
import dk.kea.cars.command.web.Actor;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Employee administration (admins only); answers once the employee API, login and authorisation all know. */
@RestController
@RequestMapping(path = "/api/employees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Employees (write)", description = "Create, change, delete and undelete employees; admin only")
@SecurityRequirement(name = "bearer")
class EmployeeController {

    private final ReadYourWrites writes;
    private final PasswordEncoder passwords;

    EmployeeController(ReadYourWrites writes, PasswordEncoder commandPasswordEncoder) {
        this.writes = writes;
        this.passwords = commandPasswordEncoder;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an employee", description = "The password is hashed here and never stored or shown")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag set")
    @ApiResponse(responseCode = "200", description = "An employee with this id exists already; returned unchanged")
    @ApiResponse(responseCode = "409", description = "The email is taken by another employee")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> create(@RequestBody NewEmployeeRequest request) {
        var command = request.toCommand(this::hashOfValidPassword);
        return Writes.respond(send(command, command.id()), "/api/employees/" + command.id());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an employee", description = "Partial; a role change takes effect on the next request")
    @ApiResponse(responseCode = "200", description = "The employee as it is now")
    @ApiResponse(responseCode = "403", description = "An admin tried to demote themselves")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    ResponseEntity<Object> update(@Parameter(description = "Id of the employee") @PathVariable UUID id,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody EmployeeChangesRequest request) {
        var command = request.toCommand(id, IfMatch.expectedVersion(ifMatch), Actor.current().id(),
                this::hashOfValidPassword);
        return Writes.respond(send(command, id), "/api/employees/" + id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an employee", description = "A tombstone: login and existing tokens stop working; "
            + "cars keep showing the employee with is_deleted=true. Answers the deleted employee.")
    @ApiResponse(responseCode = "200", description = "The employee, is_deleted=true")
    @ApiResponse(responseCode = "403", description = "An admin tried to delete themselves")
    ResponseEntity<Object> delete(@Parameter(description = "Id of the employee") @PathVariable UUID id,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var command = new DeleteEmployee(id, IfMatch.expectedVersion(ifMatch), Actor.current().id());
        return Writes.respond(send(command, id), "/api/employees/" + id);
    }

    @PatchMapping("/{id}/undelete")
    @Operation(summary = "Undelete an employee", description = "Login works again with the old password")
    @ApiResponse(responseCode = "200", description = "The employee, is_deleted=false")
    ResponseEntity<Object> undelete(@Parameter(description = "Id of the employee") @PathVariable UUID id,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var command = new UndeleteEmployee(id, IfMatch.expectedVersion(ifMatch));
        return Writes.respond(send(command, id), "/api/employees/" + id);
    }

    private ReadYourWrites.Outcome<EmployeeView> send(Object command, UUID id) {
        return writes.send(command, Confirmation.of(new FindEmployee(id), EmployeeView.class),
                Confirmation.of(new FindCredentials(id), CredentialsVersion.class),
                Confirmation.of(new FindLookup(id), LookupVersion.class));
    }

    /** The policy names the broken rule; the password itself never leaves this method. */
    private String hashOfValidPassword(String password) {
        try {
            return passwords.encode(PasswordPolicy.check(password));
        } catch (RuleViolation violation) {
            throw InvalidInput.of("password", violation.getMessage());
        }
    }
}
