package dk.kea.cars.api.color;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a color; the id is chosen by the client or the REST layer, so a retried create is recognised. */
public record CreateColor(@TargetAggregateIdentifier UUID id, String name, BigDecimal price, Integer redValue, Integer greenValue, Integer blueValue) implements CreateCommand {

    public CreateColor {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.field("name", name, Rules::catalogName);
        price = check.field("price", price, Rules::colorPrice);
        redValue = check.field("red_value", redValue, Rules::rgb);
        greenValue = check.field("green_value", greenValue, Rules::rgb);
        blueValue = check.field("blue_value", blueValue, Rules::rgb);
        check.done();
    }
}
