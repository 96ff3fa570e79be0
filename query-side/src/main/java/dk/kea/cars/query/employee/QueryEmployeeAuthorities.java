package dk.kea.cars.query.employee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Grants the role the employee has in the read model NOW, not the one in the token: a demoted employee loses
 * rights at once, and a deleted one gets none (so every protected path answers 403). A subject that is no employee
 * authenticates nobody: 401 (spec §4).
 */
public final class QueryEmployeeAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final EmployeeRowRepository employees;
    private final RoleHierarchy hierarchy;

    public QueryEmployeeAuthorities(EmployeeRowRepository employees, RoleHierarchy hierarchy) {
        this.employees = employees;
        this.hierarchy = hierarchy;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        EmployeeRow employee = employeeId(jwt.getSubject()).flatMap(employees::findById)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's subject is no employee"));
        return employee.isDeleted() ? List.of() : authoritiesOf(employee);
    }

    private Collection<GrantedAuthority> authoritiesOf(EmployeeRow employee) {
        GrantedAuthority role = new SimpleGrantedAuthority("ROLE_" + employee.getRole().name());
        return List.copyOf(hierarchy.getReachableGrantedAuthorities(List.of(role)));
    }

    private static Optional<UUID> employeeId(String subject) {
        try {
            return Optional.ofNullable(subject).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
