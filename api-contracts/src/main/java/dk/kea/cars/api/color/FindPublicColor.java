package dk.kea.cars.api.color;

import java.util.UUID;

/** Asks the public catalog (public-query) for one color; answers a {@link ColorView} or nothing. */
public record FindPublicColor(UUID id) {
}
