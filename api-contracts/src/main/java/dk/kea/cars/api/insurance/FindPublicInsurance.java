package dk.kea.cars.api.insurance;

import java.util.UUID;

/** Asks the public catalog (public-query) for one insurance; answers a {@link InsuranceView} or nothing. */
public record FindPublicInsurance(UUID id) {
}
