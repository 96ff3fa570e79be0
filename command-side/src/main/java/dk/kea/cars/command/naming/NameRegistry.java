package dk.kea.cars.command.naming;

import java.util.UUID;

/**
 * Set-based validation for unique names. Claims are written in the same unit of work as the event that needs them,
 * behind a unique constraint, so two concurrent creates with one name cannot both succeed, on any replica.
 */
public interface NameRegistry {

    /** Claims {@code name} for {@code owner}; refuses with a conflict when another entity holds it. */
    void claim(NameScope scope, String name, UUID owner);

    /** Moves {@code owner}'s claim from {@code oldName} to {@code newName}. */
    default void rename(NameScope scope, String oldName, String newName, UUID owner) {
        claim(scope, newName, owner);
        release(scope, oldName, owner);
    }

    void release(NameScope scope, String name, UUID owner);
}
