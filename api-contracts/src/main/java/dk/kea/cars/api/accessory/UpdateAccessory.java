package dk.kea.cars.api.accessory;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Partial update: a {@code null} field keeps its value. {@code expectedVersion} comes from {@code If-Match};
 * when given and stale, the command is refused.
 */
public record UpdateAccessory(@TargetAggregateIdentifier UUID id, @TargetAggregateVersion Long expectedVersion, String name, BigDecimal price) {

    public UpdateAccessory {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.optional("name", name, Rules::catalogName);
        price = check.optional("price", price, Rules::accessoryPrice);
        check.done();
    }
}
