package dk.kea.cars.query.employee;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the authenticated caller may read, from the authorities {@link QueryEmployeeAuthorities} derived from the
 * employee's current role: admins, managers and auditors read everything, a sales person only its own data.
 */
public final class QueryCallers {

    private static final Set<String> READS_EVERYTHING = Set.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_AUDITOR");

    private QueryCallers() {
    }

    public static boolean readsEverything(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(READS_EVERYTHING::contains);
    }

    /** The security chain only lets employees with a current row through, and their token subject is their id. */
    public static UUID id(Authentication caller) {
        return UUID.fromString(caller.getName());
    }

    /**
     * The employee filter a list runs with: as asked for those who read everything; a sales person's own id,
     * and 403 when it asks for another employee.
     */
    public static UUID employeeFilter(Authentication caller, UUID asked) {
        if (readsEverything(caller)) {
            return asked;
        }
        requireOwn(caller, asked == null ? id(caller) : asked);
        return id(caller);
    }

    /** 403 unless the caller reads everything or {@code owner} is the caller. */
    public static void requireOwn(Authentication caller, UUID owner) {
        if (!readsEverything(caller) && !id(caller).equals(owner)) {
            throw new AccessDeniedException("A sales person may read only its own data");
        }
    }
}
