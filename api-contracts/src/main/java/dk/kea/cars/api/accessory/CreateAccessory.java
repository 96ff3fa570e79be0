package dk.kea.cars.api.accessory;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a accessory; the id is chosen by the client or the REST layer, so a retried create is recognised. */
public record CreateAccessory(@TargetAggregateIdentifier UUID id, String name, BigDecimal price) implements CreateCommand {

    public CreateAccessory {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.field("name", name, Rules::catalogName);
        price = check.field("price", price, Rules::accessoryPrice);
        check.done();
    }
}
