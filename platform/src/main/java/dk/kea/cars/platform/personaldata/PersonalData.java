package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataMarks;
import dk.kea.cars.api.personaldata.SealedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * The one way every reader (projections, the audit views, the command side) turns a sealed personal field into what
 * it shows. It never throws for data it cannot read, so no event processor stops on an erased person:
 * <ul>
 *     <li>a ciphertext under an existing key: the text;</li>
 *     <li>a ciphertext whose key is deleted (or never was), and any field of an erased person, also one stored as
 *     text before encryption: {@link PersonalDataMarks#ERASED};</li>
 *     <li>a ciphertext that does not authenticate (altered, or copied from another person's event):
 *     {@link PersonalDataMarks#UNREADABLE}, and a warning naming the person, never the value;</li>
 *     <li>the text of an event stored before encryption, of a person not erased: that text.</li>
 * </ul>
 * An unreachable key owner is a failure (the caller retries), never shown as erased.
 */
public class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final PersonalDataKeys keys;

    public PersonalData(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** What a reader shows for the field of {@code subject}; null for an absent optional field. */
    public String reveal(UUID subject, SealedText sealed) {
        if (sealed == null) {
            return null;
        }
        if (sealed.isErased()) {
            return PersonalDataMarks.ERASED;
        }
        if (sealed.isLegacy()) {
            return keys.keyOf(subject).status() == PersonalDataKey.Status.ERASED
                    ? PersonalDataMarks.ERASED : sealed.legacyText();
        }
        return open(subject, sealed);
    }

    private String open(UUID subject, SealedText sealed) {
        PersonalDataKey key = keys.keyOf(subject);
        if (key.status() == PersonalDataKey.Status.NONE) {
            // a cached "no key" predates the key this ciphertext was sealed with
            key = keys.currentKeyOf(subject);
        }
        if (key.status() != PersonalDataKey.Status.ACTIVE) {
            return PersonalDataMarks.ERASED;
        }
        try {
            return PersonalDataCipher.open(key.material(), subject, sealed);
        } catch (PersonalDataCipher.UnreadableText unreadable) {
            log.warn("A personal field of {} does not authenticate under its key (altered, or copied from another "
                    + "person's event); shown as {}", subject, PersonalDataMarks.UNREADABLE);
            return PersonalDataMarks.UNREADABLE;
        }
    }
}
