package dk.kea.cars.query.purchase;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseRowRepository extends JpaRepository<PurchaseRow, UUID> {

    /** The purchase unless it is unknown or deleted. */
    Optional<PurchaseRow> findByIdAndDeletedFalse(UUID id);

    /** The live purchase of a car; a car is bought at most once (spec §6.3). */
    Optional<PurchaseRow> findFirstByCarIdAndDeletedFalse(UUID carId);
}
