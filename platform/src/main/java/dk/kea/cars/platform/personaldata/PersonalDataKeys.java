package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.PersonalDataKey;

import java.util.UUID;

/**
 * Where a service gets a person's key. The command side keeps the key table and implements this over it; every other
 * service gets {@link RemotePersonalDataKeys}, which asks the command side over the query bus and caches briefly.
 */
public interface PersonalDataKeys {

    /** The key as this service knows it (possibly a cached copy). */
    PersonalDataKey keyOf(UUID subject);

    /** The key as its owner knows it now, bypassing any cached copy. */
    default PersonalDataKey currentKeyOf(UUID subject) {
        return keyOf(subject);
    }

    /** Drops any copy of the person's key this instance holds (after an erasure). */
    default void forget(UUID subject) {
    }
}
