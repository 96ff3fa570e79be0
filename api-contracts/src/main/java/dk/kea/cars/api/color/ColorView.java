package dk.kea.cars.api.color;

import dk.kea.cars.api.common.VersionedView;

import java.math.BigDecimal;
import java.util.UUID;

/** A color as the employee API and the public catalog show it. */
public record ColorView(UUID id, String name, BigDecimal price, int redValue, int greenValue, int blueValue,
                        long version) implements VersionedView {
}
