package dk.kea.cars.api.brand;

import java.util.UUID;

/** Asks the employee read model (query-side) for one brand; answers a {@link BrandView} or nothing. */
public record FindBrand(UUID id) {
}
