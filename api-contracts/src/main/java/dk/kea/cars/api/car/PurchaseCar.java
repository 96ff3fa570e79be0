package dk.kea.cars.api.car;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Buys a car. Sent to the car, which is the consistency boundary: it accepts at most one purchase, even under
 * concurrent requests, and creates the Purchase aggregate in the same unit of work (spec §6.3).
 */
public record PurchaseCar(@TargetAggregateIdentifier UUID carId, UUID purchaseId, LocalDate dateOfPurchase,
                          UUID actorId, boolean actorMaySeeAll) {

    public PurchaseCar {
        Check check = new Check();
        carId = check.field("cars_id", carId, Rules::required);
        purchaseId = check.field("id", purchaseId, Rules::required);
        dateOfPurchase = check.field("date_of_purchase", dateOfPurchase, Rules::dateOfPurchase);
        check.done();
    }
}
