package dk.kea.cars.query.insurance;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InsuranceRowRepository extends JpaRepository<InsuranceRow, UUID> {
}
