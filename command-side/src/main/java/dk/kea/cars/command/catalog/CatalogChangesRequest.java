package dk.kea.cars.command.catalog;

import java.util.UUID;

/** The body of a change to a catalog entry: it becomes the entry's update command. */
public interface CatalogChangesRequest {

    Object toCommand(UUID id, Long expectedVersion);
}
