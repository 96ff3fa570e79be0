package dk.kea.cars.command.naming;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.UUID;

interface NameClaimRepository extends JpaRepository<NameClaim, String> {

    /** Moves a claim to a new owner only if it still has the owner it was read with: 1 when it did, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE NameClaim c SET c.ownerId = :newOwner, c.claimedAt = :claimedAt "
            + "WHERE c.claimKey = :key AND c.ownerId = :oldOwner")
    int takeOver(@Param("key") String key, @Param("oldOwner") UUID oldOwner, @Param("newOwner") UUID newOwner,
                 @Param("claimedAt") Instant claimedAt);
}
