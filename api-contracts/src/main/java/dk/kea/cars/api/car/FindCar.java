package dk.kea.cars.api.car;

import java.util.UUID;

/** Asks the employee read model (query-side) for one car; answers a {@link CarView} (also when deleted) or nothing. */
public record FindCar(UUID id) {
}
