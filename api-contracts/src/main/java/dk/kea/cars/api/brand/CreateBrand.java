package dk.kea.cars.api.brand;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a brand; the id is chosen by the client or the REST layer, so a retried create is recognised. */
public record CreateBrand(@TargetAggregateIdentifier UUID id, String name, String logoUrl) implements CreateCommand {

    public CreateBrand {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.field("name", name, Rules::catalogName);
        logoUrl = check.field("logo_url", logoUrl, Rules::url);
        check.done();
    }
}
