package dk.kea.cars.api.accessory;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Partial update: a {@code null} field keeps its value. {@code expectedVersion} comes from {@code If-Match};
 * when given and not the current version, the aggregate refuses the command.
 */
public record UpdateAccessory(@TargetAggregateIdentifier UUID id, Long expectedVersion, String name, BigDecimal price) {

    public UpdateAccessory {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.optional("name", name, Rules::catalogName);
        price = check.optional("price", price, Rules::accessoryPrice);
        check.done();
    }
}
