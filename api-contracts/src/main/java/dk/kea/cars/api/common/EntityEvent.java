package dk.kea.cars.api.common;

import java.time.Instant;
import java.util.UUID;

/** Every event carries the aggregate id, its sequence number and when it happened, beside the full state. */
public interface EntityEvent {

    UUID id();

    long sequence();

    Instant occurredAt();
}
