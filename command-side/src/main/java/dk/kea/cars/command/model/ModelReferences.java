package dk.kea.cars.command.model;

import java.util.Collection;
import java.util.UUID;

/**
 * A model's questions about what it refers to: like a car's references (spec §6.2), a missing brand or color is
 * refused as "not found", naming it. Injected into the Model aggregate's command handlers.
 */
public interface ModelReferences {

    void requireBrand(UUID id);

    void requireColors(Collection<UUID> ids);
}
