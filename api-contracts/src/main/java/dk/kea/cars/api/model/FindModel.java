package dk.kea.cars.api.model;

import java.util.UUID;

/** Asks the employee read model (query-side) for one model; answers a {@link ModelView} or nothing. */
public record FindModel(UUID id) {
}
