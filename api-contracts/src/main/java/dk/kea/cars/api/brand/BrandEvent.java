package dk.kea.cars.api.brand;

import dk.kea.cars.api.common.EntityEvent;
import java.util.UUID;

/** The full state of a brand after a change; projections handle every Brand event alike. */
public sealed interface BrandEvent extends EntityEvent permits BrandCreated, BrandUpdated {

    String name();

    String logoUrl();
}
