package dk.kea.cars.api.model;

import dk.kea.cars.api.common.CreateCommand;
import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a model; the id is chosen by the client or the REST layer, so a retried create is recognised. */
public record CreateModel(@TargetAggregateIdentifier UUID id, UUID brandId, String name, BigDecimal price, String imageUrl, List<UUID> colorIds) implements CreateCommand {

    public CreateModel {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        brandId = check.field("brands_id", brandId, Rules::required);
        name = check.field("name", name, Rules::modelName);
        price = check.field("price", price, Rules::modelPrice);
        imageUrl = check.field("image_url", imageUrl, Rules::imageUrl);
        colorIds = check.field("color_ids", colorIds, Rules::colorIds);
        check.done();
    }
}
