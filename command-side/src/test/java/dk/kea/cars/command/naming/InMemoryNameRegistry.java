package dk.kea.cars.command.naming;

import dk.kea.cars.api.common.Rejection;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link NameRegistry} for given-when-then fixtures, with the semantics of the JPA one: one claim per scope and
 * case-insensitive name, re-claiming one's own name is fine, releasing only drops one's own claim.
 */
public final class InMemoryNameRegistry implements NameRegistry {

    private final Map<String, UUID> claims = new HashMap<>();

    @Override
    public void claim(NameScope scope, String name, UUID owner) {
        UUID holder = claims.putIfAbsent(key(scope, name), owner);
        if (holder != null && !holder.equals(owner)) {
            throw Rejection.conflict(scope.conflictMessage(name));
        }
    }

    @Override
    public void release(NameScope scope, String name, UUID owner) {
        claims.remove(key(scope, name), owner);
    }

    /** Who holds {@code name} in {@code scope}, if anyone. */
    public Optional<UUID> holder(NameScope scope, String name) {
        return Optional.ofNullable(claims.get(key(scope, name)));
    }

    public int size() {
        return claims.size();
    }

    private static String key(NameScope scope, String name) {
        return scope.name() + ":" + name.toLowerCase(Locale.ROOT);
    }
}
