package dk.kea.cars.query.accessory;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessoryRowRepository extends JpaRepository<AccessoryRow, UUID> {
}
