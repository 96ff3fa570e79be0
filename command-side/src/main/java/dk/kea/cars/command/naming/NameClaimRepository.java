package dk.kea.cars.command.naming;

import org.springframework.data.jpa.repository.JpaRepository;

interface NameClaimRepository extends JpaRepository<NameClaim, String> {
}
