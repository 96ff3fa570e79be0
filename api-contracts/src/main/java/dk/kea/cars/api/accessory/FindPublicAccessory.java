package dk.kea.cars.api.accessory;

import java.util.UUID;

/** Asks the public catalog (public-query) for one accessory; answers a {@link AccessoryView} or nothing. */
public record FindPublicAccessory(UUID id) {
}
