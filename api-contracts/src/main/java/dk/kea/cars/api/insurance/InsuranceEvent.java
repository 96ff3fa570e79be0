package dk.kea.cars.api.insurance;

import dk.kea.cars.api.common.EntityEvent;
import java.math.BigDecimal;
import java.util.UUID;

/** The full state of a insurance after a change; projections handle every Insurance event alike. */
public sealed interface InsuranceEvent extends EntityEvent permits InsuranceCreated, InsuranceUpdated {

    String name();

    BigDecimal price();
}
