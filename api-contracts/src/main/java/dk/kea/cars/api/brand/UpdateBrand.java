package dk.kea.cars.api.brand;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Partial update: a {@code null} field keeps its value. {@code expectedVersion} comes from {@code If-Match};
 * when given and not the current version, the aggregate refuses the command.
 */
public record UpdateBrand(@TargetAggregateIdentifier UUID id, Long expectedVersion, String name, String logoUrl) {

    public UpdateBrand {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.optional("name", name, Rules::catalogName);
        logoUrl = check.optional("logo_url", logoUrl, Rules::url);
        check.done();
    }
}
