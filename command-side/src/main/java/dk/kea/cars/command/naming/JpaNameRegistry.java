package dk.kea.cars.command.naming;

import dk.kea.cars.api.common.Rejection;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Component
class JpaNameRegistry implements NameRegistry {

    private final NameClaimRepository claims;
    private final OrphanClaims orphans;

    JpaNameRegistry(NameClaimRepository claims, OrphanClaims orphans) {
        this.claims = claims;
        this.orphans = orphans;
    }

    @Override
    public void claim(NameScope scope, String name, UUID owner) {
        String key = keyOf(scope, name);
        Optional<NameClaim> held = claims.findById(key);
        if (held.isPresent()) {
            claimHeld(held.get(), scope, name, owner);
            return;
        }
        try {
            claims.saveAndFlush(new NameClaim(scope.name(), normalised(name), owner, orphans.now()));
        } catch (DataIntegrityViolationException failure) {
            if (isDuplicateKey(failure)) {
                throw taken(scope, name);
            }
            throw failure;
        }
    }

    /** Ours already; or an orphan of a crash, taken over only if nobody else took it first; else taken. */
    private void claimHeld(NameClaim claim, NameScope scope, String name, UUID owner) {
        if (claim.ownerId().equals(owner)) {
            return;
        }
        if (!orphans.isOrphan(claim)
                || claims.takeOver(claim.getId(), claim.ownerId(), owner, orphans.now()) == 0) {
            throw taken(scope, name);
        }
    }

    /** Only a second claim of the same key is a conflict; any other storage failure is a fault, not a 409. */
    private static boolean isDuplicateKey(DataIntegrityViolationException failure) {
        return failure instanceof DuplicateKeyException
                || failure.getCause() instanceof ConstraintViolationException violation
                && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
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
