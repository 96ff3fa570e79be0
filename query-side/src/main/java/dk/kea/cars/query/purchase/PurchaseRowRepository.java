package dk.kea.cars.query.purchase;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface PurchaseRowRepository extends JpaRepository<PurchaseRow, UUID> {

    /** The purchase unless it is unknown or deleted. */
    Optional<PurchaseRow> findByIdAndDeletedFalse(UUID id);

    /** The live purchase of a car; a car is bought at most once (spec §6.3). */
    Optional<PurchaseRow> findFirstByCarIdAndDeletedFalse(UUID carId);

    /** A deleted car's purchase disappears with it at once (its own tombstone follows from the deletion process). */
    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update PurchaseRow p set p.deleted = true where p.carId = :carId")
    int hidePurchaseOfCar(@Param("carId") UUID carId);

    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update PurchaseRow p set p.deleted = true where p.carId in "
            + "(select c.id from CarRow c where c.customerId = :customerId)")
    int hidePurchasesOfCustomer(@Param("customerId") UUID customerId);
}
