package dk.kea.cars.platform.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * The employee roles of spec §3, admin ⊇ manager ⊇ sales person (an auditor stands apart). Auto-configured as the
 * context's one {@link RoleHierarchy}, which Spring Security applies to every {@code hasRole} rule of every chain.
 */
public final class KeaRoles {

    private KeaRoles() {
    }

    public static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("MANAGER")
                .role("MANAGER").implies("SALES_PERSON")
                .build();
    }
}
