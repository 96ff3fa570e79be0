package dk.kea.cars.api.model;

import dk.kea.cars.api.common.EntityEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The full state of a model after a change; projections handle every Model event alike. */
public sealed interface ModelEvent extends EntityEvent permits ModelCreated, ModelUpdated {

    UUID brandId();

    String name();

    BigDecimal price();

    String imageUrl();

    List<UUID> colorIds();
}
