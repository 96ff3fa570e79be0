package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.FindPersonalDataKey;
import dk.kea.cars.api.personaldata.ForgetPersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataKeyForgotten;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keys of a service that has no key table: asked from the command side with {@link FindPersonalDataKey} over the
 * query bus (in one JVM or through Axon Server) and kept in memory, at most {@code maxEntries} of them (least
 * recently used go first), each for at most {@code ttl}. An erasure makes every instance forget the key at once
 * ({@link ForgetPersonalDataKey}, scatter-gather); the time limit bounds how long an instance that missed that message
 * could go on reading. An answer that was on its way while a key was forgotten is used once but not cached.
 */
public class RemotePersonalDataKeys implements PersonalDataKeys {

    private final QueryGateway queries;
    private final Duration timeout;
    private final Duration ttl;
    private final String instance;
    private final Clock clock;
    private final Map<UUID, Cached> cache;
    private long forgets;

    private record Cached(PersonalDataKey key, Instant until) {
    }

    public RemotePersonalDataKeys(QueryGateway queries, Duration timeout, int maxEntries, Duration ttl,
                                  String instance, Clock clock) {
        this.queries = queries;
        this.timeout = timeout;
        this.ttl = ttl;
        this.instance = instance;
        this.clock = clock;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public PersonalDataKey keyOf(UUID subject) {
        synchronized (this) {
            Cached cached = cache.get(subject);
            if (cached != null && clock.instant().isBefore(cached.until())) {
                return cached.key();
            }
        }
        return currentKeyOf(subject);
    }

    @Override
    public PersonalDataKey currentKeyOf(UUID subject) {
        long forgetsBefore;
        synchronized (this) {
            forgetsBefore = forgets;
        }
        PersonalDataKey key = ask(subject);
        synchronized (this) {
            if (forgets == forgetsBefore) {
                cache.put(subject, new Cached(key, clock.instant().plus(ttl)));
            }
        }
        return key;
    }

    @Override
    public synchronized void forget(UUID subject) {
        forgets++;
        cache.remove(subject);
    }

    @QueryHandler
    public PersonalDataKeyForgotten handle(ForgetPersonalDataKey query) {
        forget(query.subject());
        return new PersonalDataKeyForgotten(instance);
    }

    synchronized int cachedKeys() {
        return cache.size();
    }

    private PersonalDataKey ask(UUID subject) {
        try {
            PersonalDataKey key = queries.query(new FindPersonalDataKey(subject),
                    ResponseTypes.instanceOf(PersonalDataKey.class)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null || !subject.equals(key.subject())) {
                throw new IllegalStateException("The command side answered no key for " + subject);
            }
            return key;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KeyUnavailable(subject, interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new KeyUnavailable(subject, failure);
        }
    }

    /** The command side did not answer: the reader fails and is retried, it never shows the data as erased. */
    public static final class KeyUnavailable extends RuntimeException {

        KeyUnavailable(UUID subject, Exception cause) {
            super("The personal-data key of " + subject + " could not be obtained from the command side", cause);
        }
    }
}
