package dk.kea.cars.api.brand;

import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A brand as the employee API and the public catalog show it. */
@Schema(description = "A car brand")
public record BrandView(@Schema(description = "Id of the brand") UUID id, @Schema(description = "Name, unique") String name, @Schema(description = "URL of the logo") String logoUrl, @Schema(hidden = true) long version) implements VersionedView {
}
