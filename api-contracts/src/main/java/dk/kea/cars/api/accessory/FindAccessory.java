package dk.kea.cars.api.accessory;

import java.util.UUID;

/** Asks the employee read model (query-side) for one accessory; answers a {@link AccessoryView} or nothing. */
public record FindAccessory(UUID id) {
}
