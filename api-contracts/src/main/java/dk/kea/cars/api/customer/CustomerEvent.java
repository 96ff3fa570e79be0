package dk.kea.cars.api.customer;

import dk.kea.cars.api.common.EntityEvent;

/** The full state of a customer after a change. */
public sealed interface CustomerEvent extends EntityEvent permits CustomerCreated, CustomerUpdated, CustomerDeleted {

    String email();

    String phoneNumber();

    String firstName();

    String lastName();

    String address();

    boolean deleted();
}
