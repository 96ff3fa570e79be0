package dk.kea.cars.command.personaldata;

import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.platform.personaldata.PersonalDataCipher;
import dk.kea.cars.platform.personaldata.PersonalDataKeys;

import java.util.UUID;

/**
 * The command side's keys: one AES-256 key per person, made when the person's first sealed event is written, deleted
 * by an erasure and never made again for that person. Command handlers seal and open personal fields with it before
 * they apply an event; every other reader goes through platform's {@code PersonalData}.
 */
public abstract class PersonalDataVault implements PersonalDataKeys {

    /** Seals personal fields with one person's key. */
    @FunctionalInterface
    public interface Sealer {
        SealedText seal(String text);
    }

    /** Seals with the person's key, made now if the person has none yet; refused for an erased person. */
    public Sealer sealerFor(UUID subject) {
        byte[] key = activeKey(subject);
        return text -> PersonalDataCipher.seal(key, subject, text);
    }

    /**
     * The text of a field of a person who is not erased, as a command handler needs it (to compare, to release an
     * email). A field that cannot be read here is a fault, never a value to write on with.
     */
    public String open(UUID subject, SealedText sealed) {
        if (sealed == null) {
            return null;
        }
        if (sealed.isLegacy()) {
            return sealed.legacyText();
        }
        PersonalDataKey key = keyOf(subject);
        if (sealed.isErased() || key.status() != PersonalDataKey.Status.ACTIVE) {
            throw new IllegalStateException("The personal data of " + subject + " is erased");
        }
        return PersonalDataCipher.open(key.material(), subject, sealed);
    }

    /** Deletes the person's key for good; remembers that the person was erased. */
    public abstract void erase(UUID subject);

    /** The person's key, made (and stored) if it has none yet. */
    protected abstract byte[] activeKey(UUID subject);
}
