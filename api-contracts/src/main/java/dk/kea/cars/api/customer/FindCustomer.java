package dk.kea.cars.api.customer;

import java.util.UUID;

/** Asks the employee read model (query-side) for one customer; answers a {@link CustomerView} or nothing. */
public record FindCustomer(UUID id) {
}
