package dk.kea.cars.api.brand;

import java.util.UUID;

/** Asks the public catalog (public-query) for one brand; answers a {@link BrandView} or nothing. */
public record FindPublicBrand(UUID id) {
}
