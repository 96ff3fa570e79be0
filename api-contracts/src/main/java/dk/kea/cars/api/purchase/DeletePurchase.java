package dk.kea.cars.api.purchase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Tombstones a purchase; sent when its car is deleted with {@code delete_purchase_too} (spec §6.4). */
public record DeletePurchase(@TargetAggregateIdentifier UUID id) {
}
