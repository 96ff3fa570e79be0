package dk.kea.cars.command.customer;

import dk.kea.cars.api.customer.CustomerView;
import dk.kea.cars.api.customer.DeleteCustomer;
import dk.kea.cars.api.customer.EraseCustomer;
import dk.kea.cars.api.customer.FindCustomer;
import dk.kea.cars.command.lookup.FindLookup;
import dk.kea.cars.command.lookup.LookupVersion;
import dk.kea.cars.command.web.Confirmation;
import dk.kea.cars.command.web.IfMatch;
import dk.kea.cars.command.web.ReadYourWrites;
import dk.kea.cars.command.web.Writes;
import dk.kea.cars.platform.personaldata.PersonalDataErasure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Customer writes: sales persons and up create and change; managers and admins delete (with cars and purchases);
 * admins erase (crypto-shredding).
 */
@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Customers (write)", description = "Create and change customers (sales person and up); delete (manager "
        + "and up); erase personal data (admin)")
@SecurityRequirement(name = "bearer")
class CustomerController {

    private final ReadYourWrites writes;
    private final PersonalDataErasure erasure;

    CustomerController(ReadYourWrites writes, PersonalDataErasure erasure) {
        this.writes = writes;
        this.erasure = erasure;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a customer")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag set")
    @ApiResponse(responseCode = "200", description = "A customer with this id exists already; returned unchanged")
    @ApiResponse(responseCode = "409", description = "The email is taken by another customer")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> create(@RequestBody NewCustomerRequest request) {
        var command = request.toCommand();
        return Writes.respond(send(command, command.id()), "/api/customers/" + command.id());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a customer", description = "Partial; an explicit null clears phone_number or address")
    @ApiResponse(responseCode = "200", description = "The customer as it is now")
    @ApiResponse(responseCode = "404", description = "No (living) customer with this id")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    ResponseEntity<Object> update(@Parameter(description = "Id of the customer") @PathVariable UUID id,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody CustomerChangesRequest request) {
        return Writes.respond(send(request.toCommand(id, IfMatch.expectedVersion(ifMatch)), id),
                "/api/customers/" + id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a customer", description = "Tombstones the customer; its cars and their purchases "
            + "are deleted with it and its email may be used again. The customer is 404 everywhere afterwards.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "202", description = "Stored, but not yet visible in the read model")
    ResponseEntity<Object> delete(@Parameter(description = "Id of the customer") @PathVariable UUID id,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var outcome = send(new DeleteCustomer(id, IfMatch.expectedVersion(ifMatch)), id);
        return Writes.respondDeleted(outcome, "/api/customers/" + id);
    }

    @PostMapping("/{id}/erase")
    @Operation(summary = "Erase a customer's personal data (admin)", description = "Crypto-shredding: deletes the "
            + "customer's key, so its email, phone number, names and address are unreadable in every event ever "
            + "stored, and tombstones the customer as a delete does (its cars and their purchases go with it, its "
            + "email may be used again). The history stays; every API shows the fields as \"[erased]\". Erasing an "
            + "erased customer changes nothing and answers 204 again; a deleted customer can still be erased.")
    @ApiResponse(responseCode = "204", description = "Erased (or erased already)")
    @ApiResponse(responseCode = "202", description = "Erased, but not yet visible in the read model")
    @ApiResponse(responseCode = "404", description = "No customer with this id")
    ResponseEntity<Object> erase(@Parameter(description = "Id of the customer") @PathVariable UUID id) {
        var outcome = send(new EraseCustomer(id), id);
        erasure.forgetEverywhere(id);
        return Writes.respondDeleted(outcome, "/api/customers/" + id);
    }

    private ReadYourWrites.Outcome<CustomerView> send(Object command, UUID id) {
        return writes.send(command, Confirmation.of(new FindCustomer(id), CustomerView.class),
                Confirmation.of(new FindLookup(id), LookupVersion.class));
    }
}
