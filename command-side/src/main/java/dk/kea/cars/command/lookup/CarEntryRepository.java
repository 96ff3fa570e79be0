package dk.kea.cars.command.lookup;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface CarEntryRepository extends JpaRepository<CarEntry, UUID> {

    List<CarEntry> findByCustomerIdAndDeletedFalse(UUID customerId);
}
