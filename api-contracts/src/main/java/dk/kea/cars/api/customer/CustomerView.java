package dk.kea.cars.api.customer;

import dk.kea.cars.api.common.VersionedView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * A customer as the employee API shows it. {@code deleted} travels between services (a delete is confirmed by
 * the read model's tombstone) but a deleted customer is never shown: it is 404 everywhere (spec §6.5).
 */
@Schema(description = "A customer of the dealership")
public record CustomerView(
        @Schema(description = "Id of the customer") UUID id,
        @Schema(description = "Email, unique among customers") String email,
        @Schema(description = "Phone number, or null") String phoneNumber,
        @Schema(description = "First name, title case") String firstName,
        @Schema(description = "Last name, title case") String lastName,
        @Schema(description = "Address, or null") String address,
        @Schema(hidden = true) boolean deleted,
        @Schema(hidden = true) long version) implements VersionedView {
}
