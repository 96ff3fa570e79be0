package dk.kea.cars.query.model;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelRowRepository extends JpaRepository<ModelRow, UUID> {

    List<ModelRow> findAllByOrderByNameAscIdAsc();

    List<ModelRow> findByBrandIdOrderByNameAscIdAsc(UUID brandId);
}
