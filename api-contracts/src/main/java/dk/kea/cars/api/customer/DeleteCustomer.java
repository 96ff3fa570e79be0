package dk.kea.cars.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Tombstones a customer; its cars and their purchases follow (spec §6.5) and its email is free again. */
public record DeleteCustomer(@TargetAggregateIdentifier UUID id, Long expectedVersion) {
}
