package dk.kea.cars.command.car;

import dk.kea.cars.api.car.CarView;
import dk.kea.cars.api.car.DeleteCar;
import dk.kea.cars.api.car.FindCar;
import dk.kea.cars.api.common.Rejection;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Car writes: admins and managers for anyone, sales persons for themselves. */
@RestController
@RequestMapping(path = "/api/cars", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cars (write)", description = "Create and delete cars; sales persons only their own")
@SecurityRequirement(name = "bearer")
class CarController {

    private final ReadYourWrites writes;

    CarController(ReadYourWrites writes) {
        this.writes = writes;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a car", description = "Checks customer, owner, model, color (offered in the model), "
            + "accessories and insurances; the total price is computed and frozen now")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag set")
    @ApiResponse(responseCode = "200", description = "A car with this id exists already; returned unchanged")
    @ApiResponse(responseCode = "400", description = "The color is not offered for the model, or the owner is deleted")
    @ApiResponse(responseCode = "403", description = "A sales person named another owner, or gave the id of "
            + "another's car")
    @ApiResponse(responseCode = "409", description = "The id belongs to an entity of another type")
    @ApiResponse(responseCode = "404", description = "A referenced entity does not exist (named in the detail)")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> create(@RequestBody NewCarRequest request) {
        Actor actor = Actor.current();
        var command = request.toCommand(owner(request.employeeId(), actor), actor);
        return Writes.respond(send(command, command.id()), "/api/cars/" + command.id());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a car", description = "A purchased car needs delete_purchase_too=true; its purchase "
            + "is deleted with it")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "The car is purchased and delete_purchase_too is false")
    @ApiResponse(responseCode = "403", description = "A sales person tried to delete another's car")
    @ApiResponse(responseCode = "404", description = "No car with this id (a deleted car included)")
    ResponseEntity<Object> delete(@Parameter(description = "Id of the car") @PathVariable UUID id,
                                  @Parameter(description = "Also delete the car's purchase")
                                  @RequestParam(name = "delete_purchase_too", defaultValue = "false")
                                  boolean deletePurchaseToo,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Actor actor = Actor.current();
        var command = new DeleteCar(id, IfMatch.expectedVersion(ifMatch), deletePurchaseToo, actor.id(),
                actor.maySeeAll());
        return Writes.respondDeleted(send(command, id), "/api/cars/" + id);
    }

    /** A sales person always owns what they create; naming someone else is refused rather than silently replaced. */
    private static UUID owner(UUID requested, Actor actor) {
        if (requested == null || requested.equals(actor.id())) {
            return actor.id();
        }
        if (!actor.maySeeAll()) {
            throw Rejection.forbidden("A sales person can only create cars they own");
        }
        return requested;
    }

    private ReadYourWrites.Outcome<CarView> send(Object command, UUID id) {
        return writes.send(command, Confirmation.of(new FindCar(id), CarView.class));
    }
}
