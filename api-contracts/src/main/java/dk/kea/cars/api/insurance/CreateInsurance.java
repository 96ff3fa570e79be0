package dk.kea.cars.api.insurance;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a insurance; the id is chosen by the client or the REST layer, so a retried create is recognised. */
public record CreateInsurance(@TargetAggregateIdentifier UUID id, String name, BigDecimal price) implements CreateCommand {

    public CreateInsurance {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.field("name", name, Rules::insuranceName);
        price = check.field("price", price, Rules::insurancePrice);
        check.done();
    }
}
