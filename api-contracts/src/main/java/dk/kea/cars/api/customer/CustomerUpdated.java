package dk.kea.cars.api.customer;

import dk.kea.cars.api.personaldata.SealedText;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A customer changed. */
// revision 2: the personal fields are sealed (revision 1 carried them as text; CustomerPersonalDataUpcaster)
@Revision("2")
public record CustomerUpdated(UUID id, long sequence, Instant occurredAt, SealedText email,
                              SealedText phoneNumber, SealedText firstName, SealedText lastName,
                              SealedText address, boolean deleted)
        implements CustomerEvent {
}
