package dk.kea.cars.query.model;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelRowRepository extends JpaRepository<ModelRow, UUID> {
}
