package dk.kea.cars.api.color;

import java.util.UUID;

/** Asks the employee read model (query-side) for one color; answers a {@link ColorView} or nothing. */
public record FindColor(UUID id) {
}
