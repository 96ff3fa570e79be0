package dk.kea.cars.api.insurance;

import dk.kea.cars.api.common.VersionedView;

import java.math.BigDecimal;
import java.util.UUID;

/** An insurance as the employee API and the public catalog show it. */
public record InsuranceView(UUID id, String name, BigDecimal price, long version) implements VersionedView {
}
