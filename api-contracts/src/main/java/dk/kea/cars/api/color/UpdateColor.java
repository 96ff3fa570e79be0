package dk.kea.cars.api.color;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Partial update: a {@code null} field keeps its value. {@code expectedVersion} comes from {@code If-Match};
 * when given and not the current version, the aggregate refuses the command.
 */
public record UpdateColor(@TargetAggregateIdentifier UUID id, Long expectedVersion, String name, BigDecimal price, Integer redValue, Integer greenValue, Integer blueValue) {

    public UpdateColor {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.optional("name", name, Rules::catalogName);
        price = check.optional("price", price, Rules::colorPrice);
        redValue = check.optional("red_value", redValue, Rules::rgb);
        greenValue = check.optional("green_value", greenValue, Rules::rgb);
        blueValue = check.optional("blue_value", blueValue, Rules::rgb);
        check.done();
    }
}
