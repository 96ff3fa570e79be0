package dk.kea.cars.api.car;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Tombstones a car. A purchased car needs {@code deletePurchaseToo} (spec §6.4). {@code actorId} and
 * {@code actorMaySeeAll} let the car refuse a sales person deleting another's car; {@code null} actor means the
 * system (the customer-deletion process).
 */
public record DeleteCar(@TargetAggregateIdentifier UUID id, Long expectedVersion, boolean deletePurchaseToo,
                        UUID actorId, boolean actorMaySeeAll) {
}
