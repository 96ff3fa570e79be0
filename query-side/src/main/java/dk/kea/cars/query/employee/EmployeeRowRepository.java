package dk.kea.cars.query.employee;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployeeRowRepository extends JpaRepository<EmployeeRow, UUID> {
}
