package dk.kea.cars.query.brand;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandRowRepository extends JpaRepository<BrandRow, UUID> {
}
