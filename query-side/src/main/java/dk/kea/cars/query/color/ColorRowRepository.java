package dk.kea.cars.query.color;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ColorRowRepository extends JpaRepository<ColorRow, UUID> {
}
