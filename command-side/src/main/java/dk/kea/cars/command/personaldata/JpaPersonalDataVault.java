package dk.kea.cars.command.personaldata;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.platform.personaldata.PersonalDataCipher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The key table, {@code cmd_personal_data_key}, in the command side's database. Written in the command's unit of
 * work: on the JPA store in the transaction of the event, on Axon Server just before the append (a key whose event
 * never arrived is harmless and is used by the retried create). Never read through a cache, so an erasure on one
 * instance holds for every instance at once.
 */
@Component
class JpaPersonalDataVault extends PersonalDataVault {

    private final PersonalDataKeyEntryRepository keys;

    JpaPersonalDataVault(PersonalDataKeyEntryRepository keys) {
        this.keys = keys;
    }

    @Override
    public PersonalDataKey keyOf(UUID subject) {
        return keys.findById(subject)
                .map(entry -> entry.key().map(key -> PersonalDataKey.active(subject, key))
                        .orElseGet(() -> PersonalDataKey.erased(subject)))
                .orElseGet(() -> PersonalDataKey.none(subject));
    }

    @Override
    protected byte[] activeKey(UUID subject) {
        Optional<PersonalDataKeyEntry> stored = keys.findById(subject);
        if (stored.isPresent()) {
            return stored.get().key().orElseThrow(() ->
                    new IllegalStateException("The personal data of " + subject + " is erased"));
        }
        byte[] key = PersonalDataCipher.newKey();
        try {
            keys.saveAndFlush(PersonalDataKeyEntry.newKey(subject, key, Instant.now()));
        } catch (DataIntegrityViolationException concurrentCreate) {
            throw Rejection.conflict("The id " + subject + " is already in use");
        }
        return key;
    }

    @Override
    public void erase(UUID subject) {
        PersonalDataKeyEntry entry = keys.findById(subject)
                .orElseGet(() -> PersonalDataKeyEntry.erasedWithoutKey(subject, Instant.now()));
        entry.erase(Instant.now());
        keys.saveAndFlush(entry);
    }
}
