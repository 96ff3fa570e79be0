package dk.kea.cars.command.naming;

import dk.kea.cars.api.common.Rejection;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

@Component
class JpaNameRegistry implements NameRegistry {

    private final NameClaimRepository claims;

    JpaNameRegistry(NameClaimRepository claims) {
        this.claims = claims;
    }

    @Override
    public void claim(NameScope scope, String name, UUID owner) {
        String key = keyOf(scope, name);
        var holder = claims.findById(key).map(NameClaim::ownerId);
        if (holder.isPresent()) {
            if (!holder.get().equals(owner)) {
                throw taken(scope, name);
            }
            return;
        }
        try {
            claims.saveAndFlush(new NameClaim(scope.name(), normalised(name), owner));
        } catch (DataIntegrityViolationException concurrentClaim) {
            throw taken(scope, name);
        }
    }

    @Override
    public void release(NameScope scope, String name, UUID owner) {
        claims.findById(keyOf(scope, name))
                .filter(claim -> claim.ownerId().equals(owner))
                .ifPresent(claims::delete);
    }

    private static RuntimeException taken(NameScope scope, String name) {
        return Rejection.conflict(scope.conflictMessage(name));
    }

    private static String keyOf(NameScope scope, String name) {
        return scope.name() + ":" + normalised(name);
    }

    /** Names differing only in case are the same name to a customer. */
    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
