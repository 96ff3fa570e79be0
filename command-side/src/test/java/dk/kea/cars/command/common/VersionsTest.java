package dk.kea.cars.command.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.kea.cars.api.common.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

class VersionsTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void noExpectedVersionAcceptsAnyVersion() {
        assertThatCode(() -> Versions.requireCurrent(null, 7, "Brand", id)).doesNotThrowAnyException();
    }

    @Test
    void theCurrentVersionIsAccepted() {
        assertThatCode(() -> Versions.requireCurrent(7L, 7, "Brand", id)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireCurrent(0L, 0, "Brand", id)).doesNotThrowAnyException();
    }

    @Test
    void versionsBeyondTheBoxingCacheAreComparedByValue() {
        assertThatCode(() -> Versions.requireCurrent(Long.valueOf(100_000L), 100_000L, "Brand", id))
                .doesNotThrowAnyException();
    }

    @Test
    void anOlderVersionIsAVersionMismatch() {
        Throwable thrown = catchThrowable(() -> Versions.requireCurrent(2L, 3, "Brand", id));

        assertThat(thrown).isInstanceOf(CommandExecutionException.class)
                .hasMessage("Brand " + id + " is at version 3, not 2");
        assertThat(((CommandExecutionException) thrown).getDetails())
                .contains(new Rejection(Rejection.Kind.VERSION_MISMATCH, "Brand " + id + " is at version 3, not 2"));
    }

    @Test
    void aNewerVersionIsAVersionMismatchToo() {
        Throwable thrown = catchThrowable(() -> Versions.requireCurrent(4L, 3, "Color", id));

        assertThat(((CommandExecutionException) thrown).getDetails()).get()
                .isEqualTo(new Rejection(Rejection.Kind.VERSION_MISMATCH, "Color " + id + " is at version 3, not 4"));
    }

    @Test
    void nextIsTheFollowingSequence() {
        assertThat(Versions.next(0)).isEqualTo(1);
        assertThat(Versions.next(41)).isEqualTo(42);
    }

    @Test
    void eventTimeIsAxonsClock() {
        Clock original = GenericEventMessage.clock;
        Instant pinned = Instant.parse("2030-06-01T12:00:00Z");
        try {
            GenericEventMessage.clock = Clock.fixed(pinned, ZoneOffset.UTC);
            assertThat(EventTime.now()).isEqualTo(pinned);
        } finally {
            GenericEventMessage.clock = original;
        }
    }
}
