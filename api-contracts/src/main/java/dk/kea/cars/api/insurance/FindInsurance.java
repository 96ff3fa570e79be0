package dk.kea.cars.api.insurance;

import java.util.UUID;

/** Asks the employee read model (query-side) for one insurance; answers a {@link InsuranceView} or nothing. */
public record FindInsurance(UUID id) {
}
