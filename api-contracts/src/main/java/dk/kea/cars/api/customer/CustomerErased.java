package dk.kea.cars.api.customer;

import dk.kea.cars.api.personaldata.SealedText;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's personal data was erased: its key is deleted, so every earlier event's personal fields are unreadable
 * from now on. The state after it is a tombstone whose personal fields are all {@link SealedText#ERASED}; it carries
 * no personal field of its own.
 */
@Revision("1")
public record CustomerErased(UUID id, long sequence, Instant occurredAt) implements CustomerEvent {

    @Override
    public SealedText email() {
        return SealedText.ERASED;
    }

    @Override
    public SealedText phoneNumber() {
        return SealedText.ERASED;
    }

    @Override
    public SealedText firstName() {
        return SealedText.ERASED;
    }

    @Override
    public SealedText lastName() {
        return SealedText.ERASED;
    }

    @Override
    public SealedText address() {
        return SealedText.ERASED;
    }

    @Override
    public boolean deleted() {
        return true;
    }

    @Override
    public boolean erased() {
        return true;
    }
}
