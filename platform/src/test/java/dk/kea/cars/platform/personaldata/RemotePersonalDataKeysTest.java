package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.FindPersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataKey;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys of a service without the key table, over a real query bus: asked once, kept for a while and within a bound,
 * forgotten on every instance after an erasure, and never taken for erased when the command side does not answer.
 */
class RemotePersonalDataKeysTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final SimpleQueryBus bus = SimpleQueryBus.builder().build();
    private final QueryGateway gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    private final MovableClock clock = new MovableClock();
    private final KeyTable table = new KeyTable();
    private final UUID person = UUID.randomUUID();

    private RemotePersonalDataKeys keys(int maxEntries) {
        RemotePersonalDataKeys keys = new RemotePersonalDataKeys(gateway, Duration.ofSeconds(2), maxEntries, TTL,
                "query-side-1", clock);
        new AnnotationQueryHandlerAdapter<>(keys).subscribe(bus);
        return keys;
    }

    @Test
    void aKeyIsAskedForOnceAndServedFromMemoryAfterwards() {
        new AnnotationQueryHandlerAdapter<>(table).subscribe(bus);
        RemotePersonalDataKeys keys = keys(10);

        PersonalDataKey first = keys.keyOf(person);
        PersonalDataKey second = keys.keyOf(person);

        assertThat(first.status()).isEqualTo(PersonalDataKey.Status.ACTIVE);
        assertThat(second).isEqualTo(first);
        assertThat(table.asked).containsExactly(person);
    }

    @Test
    void aKeptKeyIsAskedForAgainOnceItsTimeIsUp() {
        new AnnotationQueryHandlerAdapter<>(table).subscribe(bus);
        RemotePersonalDataKeys keys = keys(10);
        keys.keyOf(person);

        clock.advance(TTL.minusSeconds(1));
        keys.keyOf(person);
        assertThat(table.asked).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        keys.keyOf(person);
        assertThat(table.asked).hasSize(2);
    }

    @Test
    void anErasureMakesEveryInstanceForgetTheKeySoTheNextReadSeesItErased() {
        new AnnotationQueryHandlerAdapter<>(table).subscribe(bus);
        RemotePersonalDataKeys keys = keys(10);
        keys.keyOf(person);

        table.erased = true;
        List<String> forgotten = new PersonalDataErasure(gateway, keys, Duration.ofSeconds(2))
                .forgetEverywhere(person);

        assertThat(forgotten).containsExactly("query-side-1");
        assertThat(keys.keyOf(person)).isEqualTo(PersonalDataKey.erased(person));
    }

    @Test
    void anAnswerOnItsWayWhileTheKeyIsForgottenIsUsedOnceButNotKept() {
        RemotePersonalDataKeys keys = keys(10);
        table.duringAnswer = () -> keys.forget(person);
        new AnnotationQueryHandlerAdapter<>(table).subscribe(bus);

        assertThat(keys.keyOf(person).status()).isEqualTo(PersonalDataKey.Status.ACTIVE);
        table.duringAnswer = () -> { };
        keys.keyOf(person);

        assertThat(table.asked).hasSize(2);
    }

    @Test
    void atMostTheBoundIsKeptTheLeastRecentlyUsedGoesFirst() {
        new AnnotationQueryHandlerAdapter<>(table).subscribe(bus);
        RemotePersonalDataKeys keys = keys(2);
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();

        keys.keyOf(person);
        keys.keyOf(second);
        keys.keyOf(person);
        keys.keyOf(third);

        assertThat(keys.cachedKeys()).isEqualTo(2);
        keys.keyOf(person);
        assertThat(table.asked).containsExactly(person, second, third);
        keys.keyOf(second);
        assertThat(table.asked).containsExactly(person, second, third, second);
    }

    @Test
    void noAnswerFromTheCommandSideIsAFailureNeverAnErasure() {
        RemotePersonalDataKeys keys = keys(10);

        assertThatThrownBy(() -> keys.keyOf(person)).isInstanceOf(RemotePersonalDataKeys.KeyUnavailable.class);
        assertThatThrownBy(() -> new PersonalData(keys).reveal(person,
                PersonalDataCipher.seal(PersonalDataCipher.newKey(), person, "Ada")))
                .isInstanceOf(RemotePersonalDataKeys.KeyUnavailable.class);
    }

    /** The command side's answer: one key per person, made once. */
    static final class KeyTable {
        final List<UUID> asked = new ArrayList<>();
        final byte[] key = PersonalDataCipher.newKey();
        boolean erased;
        Runnable duringAnswer = () -> { };

        @QueryHandler
        PersonalDataKey handle(FindPersonalDataKey query) {
            asked.add(query.subject());
            duringAnswer.run();
            return erased ? PersonalDataKey.erased(query.subject()) : PersonalDataKey.active(query.subject(), key);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
