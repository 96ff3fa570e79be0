package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataMarks;
import dk.kea.cars.api.personaldata.SealedText;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every reader shows for a personal field, for each state of the person's key; it never throws. */
class PersonalDataTest {

    private final UUID person = UUID.randomUUID();
    private final byte[] key = PersonalDataCipher.newKey();
    private final Map<UUID, PersonalDataKey> keys = new HashMap<>();
    private final Map<UUID, PersonalDataKey> current = new HashMap<>();
    private final PersonalData personalData = new PersonalData(new PersonalDataKeys() {
        @Override
        public PersonalDataKey keyOf(UUID subject) {
            return keys.getOrDefault(subject, PersonalDataKey.none(subject));
        }

        @Override
        public PersonalDataKey currentKeyOf(UUID subject) {
            return current.getOrDefault(subject, keyOf(subject));
        }
    });

    @Test
    void aCiphertextUnderAnExistingKeyShowsItsText() {
        keys.put(person, PersonalDataKey.active(person, key));

        assertThat(personalData.reveal(person, PersonalDataCipher.seal(key, person, "Ada"))).isEqualTo("Ada");
    }

    @Test
    void aCiphertextWhoseKeyIsDeletedShowsTheErasedMark() {
        SealedText sealed = PersonalDataCipher.seal(key, person, "Ada");
        keys.put(person, PersonalDataKey.erased(person));

        assertThat(personalData.reveal(person, sealed)).isEqualTo(PersonalDataMarks.ERASED);
    }

    @Test
    void aCiphertextCopiedFromAnotherPersonShowsTheUnreadableMark() {
        UUID other = UUID.randomUUID();
        keys.put(person, PersonalDataKey.active(person, key));
        keys.put(other, PersonalDataKey.active(other, key));

        assertThat(personalData.reveal(other, PersonalDataCipher.seal(key, person, "Ada")))
                .isEqualTo(PersonalDataMarks.UNREADABLE);
    }

    @Test
    void aCachedNoKeyIsAskedAgainForACiphertext() {
        current.put(person, PersonalDataKey.active(person, key));

        assertThat(personalData.reveal(person, PersonalDataCipher.seal(key, person, "Ada"))).isEqualTo("Ada");
    }

    @Test
    void textStoredBeforeEncryptionShowsUntilThePersonIsErased() {
        assertThat(personalData.reveal(person, SealedText.legacy("Ada"))).isEqualTo("Ada");

        keys.put(person, PersonalDataKey.active(person, key));
        assertThat(personalData.reveal(person, SealedText.legacy("Ada"))).isEqualTo("Ada");

        keys.put(person, PersonalDataKey.erased(person));
        assertThat(personalData.reveal(person, SealedText.legacy("Ada"))).isEqualTo(PersonalDataMarks.ERASED);
    }

    @Test
    void theErasedStateAndAbsentFieldsNeedNoKey() {
        assertThat(personalData.reveal(person, SealedText.ERASED)).isEqualTo(PersonalDataMarks.ERASED);
        assertThat(personalData.reveal(person, null)).isNull();
    }
}
