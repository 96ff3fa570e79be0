package dk.kea.cars.command.purchase;

import dk.kea.cars.api.purchase.FindPurchase;
import dk.kea.cars.api.purchase.PurchaseView;
import dk.kea.cars.command.web.Actor;
import dk.kea.cars.command.web.Confirmation;
import dk.kea.cars.command.web.ReadYourWrites;
import dk.kea.cars.command.web.Writes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Buying a car: the car accepts the purchase (at most one, also under concurrent requests). */
@RestController
@RequestMapping(path = "/api/purchases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Purchases (write)", description = "Buy a car; sales persons only their own cars")
@SecurityRequirement(name = "bearer")
class PurchaseController {

    private final ReadYourWrites writes;

    PurchaseController(ReadYourWrites writes) {
        this.writes = writes;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Buy a car")
    @ApiResponse(responseCode = "201", description = "Bought; Location and ETag set")
    @ApiResponse(responseCode = "200", description = "A purchase with this id exists already for this car")
    @ApiResponse(responseCode = "400", description = "The date of purchase is after the car's deadline")
    @ApiResponse(responseCode = "403", description = "A sales person tried to buy another's car")
    @ApiResponse(responseCode = "404", description = "No car with this id")
    @ApiResponse(responseCode = "409", description = "The car is purchased already")
    @ApiResponse(responseCode = "422", description = "Invalid input, with a list of field errors")
    ResponseEntity<Object> create(@RequestBody NewPurchaseRequest request) {
        var command = request.toCommand(Actor.current());
        var outcome = writes.send(command, Confirmation.of(new FindPurchase(command.purchaseId()), PurchaseView.class));
        return Writes.respond(outcome, "/api/purchases/" + command.purchaseId());
    }
}
