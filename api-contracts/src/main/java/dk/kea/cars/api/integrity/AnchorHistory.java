package dk.kea.cars.api.integrity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Anchor the event store up to {@code upToPosition}. Accepted only if the last anchor ended at
 * {@code previousUpToPosition} (-1 for the first): of several instances that computed the same anchor, one wins.
 */
public record AnchorHistory(@TargetAggregateIdentifier String anchorId, long previousUpToPosition,
                            long upToPosition, long eventsCovered, String storeDigest) {
}
