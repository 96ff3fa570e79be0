package dk.kea.cars.command.lookup;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface ReferenceEntryRepository extends JpaRepository<ReferenceEntry, UUID> {

    boolean existsByIdAndDeletedTrue(UUID id);
}
