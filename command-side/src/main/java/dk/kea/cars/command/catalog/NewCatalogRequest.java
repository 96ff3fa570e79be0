package dk.kea.cars.command.catalog;

import dk.kea.cars.api.common.CreateCommand;

/** The body of a create of a catalog entry: it becomes the entry's create command, with an id even when it has none. */
public interface NewCatalogRequest {

    CreateCommand toCommand();
}
