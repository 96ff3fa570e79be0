package dk.kea.cars.api.accessory;

import dk.kea.cars.api.common.VersionedView;

import java.math.BigDecimal;
import java.util.UUID;

/** An accessory as the employee API and the public catalog show it. */
public record AccessoryView(UUID id, String name, BigDecimal price, long version) implements VersionedView {
}
