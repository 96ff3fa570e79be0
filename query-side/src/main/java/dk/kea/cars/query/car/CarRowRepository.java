package dk.kea.cars.query.car;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarRowRepository extends JpaRepository<CarRow, UUID> {

    /** The car unless it is unknown or deleted. */
    Optional<CarRow> findByIdAndDeletedFalse(UUID id);
}
