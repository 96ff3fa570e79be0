package dk.kea.cars.command.lookup;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface EmployeeAccessRepository extends JpaRepository<EmployeeAccess, UUID> {
}
