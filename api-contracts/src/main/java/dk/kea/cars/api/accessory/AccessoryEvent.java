package dk.kea.cars.api.accessory;

import dk.kea.cars.api.common.EntityEvent;
import java.math.BigDecimal;
import java.util.UUID;

/** The full state of a accessory after a change; projections handle every Accessory event alike. */
public sealed interface AccessoryEvent extends EntityEvent permits AccessoryCreated, AccessoryUpdated {

    String name();

    BigDecimal price();
}
