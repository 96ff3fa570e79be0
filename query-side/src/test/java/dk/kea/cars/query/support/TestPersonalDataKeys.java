package dk.kea.cars.query.support;

import dk.kea.cars.api.personaldata.FindPersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.api.personaldata.SealedText;
import dk.kea.cars.platform.personaldata.PersonalDataCipher;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the command side's key table (query-side runs alone in these tests): answers
 * {@link FindPersonalDataKey} over the query bus, so query-side reads keys exactly as in production, through
 * platform's {@code RemotePersonalDataKeys}. Tests seal the personal fields of the events they feed with it.
 */
@Component
public class TestPersonalDataKeys {

    private static final Map<UUID, byte[]> KEYS = new ConcurrentHashMap<>();
    private static final Set<UUID> ERASED = ConcurrentHashMap.newKeySet();

    /** A field sealed as the command side seals it, with the person's key (made on first use). */
    public static SealedText seal(UUID subject, String text) {
        return PersonalDataCipher.seal(KEYS.computeIfAbsent(subject, person -> PersonalDataCipher.newKey()), subject,
                text);
    }

    /** Deletes the person's key, as an erasure does on the command side. */
    public static void erase(UUID subject) {
        ERASED.add(subject);
        KEYS.remove(subject);
    }

    @QueryHandler
    PersonalDataKey handle(FindPersonalDataKey query) {
        UUID subject = query.subject();
        if (ERASED.contains(subject)) {
            return PersonalDataKey.erased(subject);
        }
        byte[] key = KEYS.get(subject);
        return key == null ? PersonalDataKey.none(subject) : PersonalDataKey.active(subject, key);
    }
}
