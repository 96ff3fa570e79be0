package dk.kea.cars.command.lookup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A car's questions about what it refers to (spec §6.2), answered from the command side's lookups. Every missing
 * reference is refused as "not found", naming it. Injected into the Car aggregate's command handler.
 */
public interface CarReferences {

    void requireCustomer(UUID id);

    /** An existing employee; a deleted one cannot own a new car (a rule violation). */
    void requireActiveEmployee(UUID id);

    BigDecimal modelPrice(UUID modelId);

    Set<UUID> colorsOfModel(UUID modelId);

    BigDecimal colorPrice(UUID id);

    BigDecimal sumOfAccessories(List<UUID> ids);

    BigDecimal sumOfInsurances(List<UUID> ids);
}
