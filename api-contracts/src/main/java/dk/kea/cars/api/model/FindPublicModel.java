package dk.kea.cars.api.model;

import java.util.UUID;

/** Asks the public catalog (public-query) for one model; answers a {@link ModelView} or nothing. */
public record FindPublicModel(UUID id) {
}
