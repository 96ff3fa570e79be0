package dk.kea.cars.api.employee;

import dk.kea.cars.api.common.VersionedView;

import java.util.UUID;

/** How far auth-query's credentials for one employee are: the sequence of the last applied event. */
public record CredentialsVersion(UUID id, long version) implements VersionedView {
}
