package dk.kea.cars.api.customer;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A customer changed. */
@Revision("1")
public record CustomerUpdated(UUID id, long sequence, Instant occurredAt, String email, String phoneNumber,
                              String firstName, String lastName, String address, boolean deleted)
        implements CustomerEvent {
}
