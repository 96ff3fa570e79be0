package dk.kea.cars.api.car;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Creates a car for a customer, owned by an employee (a sales person always owns what they create: the REST
 * layer sets {@code employeeId} for them). The deadline defaults to today+30. {@code actorId} and
 * {@code actorMaySeeAll} let an existing car refuse to show itself to a sales person who does not own it;
 * {@code null} actor means the system (the demo seed).
 */
public record CreateCar(@TargetAggregateIdentifier UUID id, UUID customerId, UUID employeeId, UUID modelId,
                        UUID colorId, List<UUID> accessoryIds, List<UUID> insuranceIds, LocalDate purchaseDeadline,
                        UUID actorId, boolean actorMaySeeAll) implements CreateCommand {

    public CreateCar {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        customerId = check.field("customers_id", customerId, Rules::required);
        employeeId = check.field("employees_id", employeeId, Rules::required);
        modelId = check.field("models_id", modelId, Rules::required);
        colorId = check.field("colors_id", colorId, Rules::required);
        accessoryIds = check.field("accessory_ids", accessoryIds, Rules::accessoryIds);
        insuranceIds = check.field("insurance_ids", insuranceIds, Rules::insuranceIds);
        purchaseDeadline = check.field("purchase_deadline", purchaseDeadline, Rules::purchaseDeadline);
        check.done();
    }
}
