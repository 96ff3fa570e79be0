package dk.kea.cars.api.brand;

import dk.kea.cars.api.common.VersionedView;

import java.util.UUID;

/** A brand as the employee API and the public catalog show it. */
public record BrandView(UUID id, String name, String logoUrl, long version) implements VersionedView {
}
