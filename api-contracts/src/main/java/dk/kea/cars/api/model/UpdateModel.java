package dk.kea.cars.api.model;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.Rules;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Partial update: a {@code null} field keeps its value. {@code expectedVersion} comes from {@code If-Match};
 * when given and not the current version, the aggregate refuses the command.
 */
public record UpdateModel(@TargetAggregateIdentifier UUID id, Long expectedVersion, String name, BigDecimal price, String imageUrl, List<UUID> colorIds) {

    public UpdateModel {
        Check check = new Check();
        id = check.field("id", id, Rules::required);
        name = check.optional("name", name, Rules::modelName);
        price = check.optional("price", price, Rules::modelPrice);
        imageUrl = check.optional("image_url", imageUrl, Rules::imageUrl);
        colorIds = check.optional("color_ids", colorIds, Rules::colorIds);
        check.done();
    }
}
