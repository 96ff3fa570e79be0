package dk.kea.cars.command.employee;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface EmployeeAccessRepository extends JpaRepository<EmployeeAccess, UUID> {
}
