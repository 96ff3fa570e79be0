package dk.kea.cars.command.lookup;

import java.util.UUID;

/** Asks the command side's own lookups how far they are for one entity, so a write can wait for them too. */
public record FindLookup(UUID id) {
}
