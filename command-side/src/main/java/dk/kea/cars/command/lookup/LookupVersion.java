package dk.kea.cars.command.lookup;

import dk.kea.cars.api.common.VersionedView;

import java.util.UUID;

/** The sequence of the last event the command side's lookups applied for one entity. */
public record LookupVersion(UUID id, long version) implements VersionedView {
}
