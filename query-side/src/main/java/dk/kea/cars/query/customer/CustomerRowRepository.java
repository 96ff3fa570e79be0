package dk.kea.cars.query.customer;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRowRepository extends JpaRepository<CustomerRow, UUID> {

    boolean existsByIdAndDeletedFalse(UUID id);
}
