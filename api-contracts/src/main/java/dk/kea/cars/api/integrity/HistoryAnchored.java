package dk.kea.cars.api.integrity;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The whole event store was anchored: {@code storeDigest} is the running hash over the chain hashes of every event up
 * to and including position {@code upToPosition}, in store order, {@code eventsCovered} of them (platform's
 * {@code EventChain}). Removing, adding or reordering any of those events afterwards, a whole aggregate or an
 * aggregate's newest events included, no longer matches it.
 */
@Revision("1")
public record HistoryAnchored(String anchorId, long upToPosition, long eventsCovered, String storeDigest,
                              Instant occurredAt) {

    /** The one aggregate all anchors belong to, so that anchors follow each other one at a time. */
    public static final String ANCHOR_ID = "history-anchor";

    /** Its aggregate type as stored. */
    public static final String AGGREGATE_TYPE = "HistoryAnchor";
}
