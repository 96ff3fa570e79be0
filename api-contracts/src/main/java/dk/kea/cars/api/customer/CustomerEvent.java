package dk.kea.cars.api.customer;

import dk.kea.cars.api.common.EntityEvent;
import dk.kea.cars.api.personaldata.SealedText;

/**
 * The full state of a customer after a change. The personal fields are sealed with the customer's own key (see
 * {@link SealedText}); a reader turns them into text with platform's {@code PersonalData}.
 */
public sealed interface CustomerEvent extends EntityEvent
        permits CustomerCreated, CustomerUpdated, CustomerDeleted, CustomerErased {

    SealedText email();

    SealedText phoneNumber();

    SealedText firstName();

    SealedText lastName();

    SealedText address();

    boolean deleted();

    /** Whether the customer's personal data was erased (its key deleted); an erased customer is also deleted. */
    default boolean erased() {
        return false;
    }
}
