package dk.kea.cars.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Erases a customer's personal data for good (crypto-shredding): its key is deleted and the customer is tombstoned,
 * with its cars and their purchases as a delete takes them; its email is free again. Erasing an erased customer
 * changes nothing.
 */
public record EraseCustomer(@TargetAggregateIdentifier UUID id) {
}
