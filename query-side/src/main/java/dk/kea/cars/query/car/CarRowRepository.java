package dk.kea.cars.query.car;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface CarRowRepository extends JpaRepository<CarRow, UUID> {

    /** The car unless it is unknown or deleted. */
    Optional<CarRow> findByIdAndDeletedFalse(UUID id);

    /** Read from the table, so also a hiding done by a bulk update of this transaction counts. */
    boolean existsByIdAndDeletedTrue(UUID id);

    /**
     * A deleted customer's cars disappear with it at once; their own tombstones follow from the deletion process
     * and change nothing more. Replays reach the same state.
     */
    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update CarRow c set c.deleted = true where c.customerId = :customerId")
    int hideCarsOfCustomer(@Param("customerId") UUID customerId);
}
