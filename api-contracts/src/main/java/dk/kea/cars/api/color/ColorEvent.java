package dk.kea.cars.api.color;

import dk.kea.cars.api.common.EntityEvent;
import java.math.BigDecimal;
import java.util.UUID;

/** The full state of a color after a change; projections handle every Color event alike. */
public sealed interface ColorEvent extends EntityEvent permits ColorCreated, ColorUpdated {

    String name();

    BigDecimal price();

    int redValue();

    int greenValue();

    int blueValue();
}
