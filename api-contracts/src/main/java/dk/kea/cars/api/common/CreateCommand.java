package dk.kea.cars.api.common;

import java.util.UUID;

/**
 * A create with a client-chosen id. Idempotent for an entity of its own type (spec §4); an id that belongs to an
 * entity of another type is a conflict rather than a fault.
 */
public interface CreateCommand {

    UUID id();
}
