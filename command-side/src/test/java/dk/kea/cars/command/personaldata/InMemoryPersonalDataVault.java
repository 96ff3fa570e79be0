package dk.kea.cars.command.personaldata;

import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.platform.personaldata.PersonalDataCipher;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link PersonalDataVault} for given-when-then fixtures, with the semantics of the JPA one (a key per person,
 * made on first use, erased for good) and the real cipher.
 */
public final class InMemoryPersonalDataVault extends PersonalDataVault {

    private final Map<UUID, byte[]> keys = new HashMap<>();
    private final Set<UUID> erased = new HashSet<>();

    @Override
    public PersonalDataKey keyOf(UUID subject) {
        if (erased.contains(subject)) {
            return PersonalDataKey.erased(subject);
        }
        byte[] key = keys.get(subject);
        return key == null ? PersonalDataKey.none(subject) : PersonalDataKey.active(subject, key);
    }

    @Override
    protected byte[] activeKey(UUID subject) {
        if (erased.contains(subject)) {
            throw new IllegalStateException("The personal data of " + subject + " is erased");
        }
        return keys.computeIfAbsent(subject, person -> PersonalDataCipher.newKey());
    }

    @Override
    public void erase(UUID subject) {
        keys.remove(subject);
        erased.add(subject);
    }

    /** A field sealed as the command side seals it (making the person's key if needed). */
    public SealedText seal(UUID subject, String text) {
        return sealerFor(subject).seal(text);
    }
}
