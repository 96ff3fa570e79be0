package dk.kea.cars.command.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.UUID;

/**
 * The employee behind the current request, as the security filter resolved them from this service's read model.
 * Admins and managers act on anything; a sales person only on what they own (decided by the aggregates).
 */
public record Actor(UUID id, boolean maySeeAll) {

    private static final Set<String> SEE_ALL = Set.of("ROLE_ADMIN", "ROLE_MANAGER");

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean seesAll = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_ALL::contains);
        return new Actor(UUID.fromString(authentication.getName()), seesAll);
    }
}
