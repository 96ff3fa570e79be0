package dk.kea.cars.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.kea.cars.api.common.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @Test
    void readsAStrongTag() {
        assertThat(IfMatch.expectedVersion("\"3\"")).isEqualTo(3L);
    }

    @Test
    void readsAWeakTag() {
        assertThat(IfMatch.expectedVersion("W/\"3\"")).isEqualTo(3L);
    }

    @Test
    void readsVersionZeroAndLargeVersions() {
        assertThat(IfMatch.expectedVersion("\"0\"")).isZero();
        assertThat(IfMatch.expectedVersion("\"999999999999999999\"")).isEqualTo(999_999_999_999_999_999L);
    }

    @Test
    void toleratesSurroundingWhitespace() {
        assertThat(IfMatch.expectedVersion("  \"12\" ")).isEqualTo(12L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", " * "})
    void aStarMeansAnyVersion(String header) {
        assertThat(IfMatch.expectedVersion(header)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anAbsentHeaderMeansAnyVersion(String header) {
        assertThat(IfMatch.expectedVersion(header)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"abc\"", "\"-1\"", "\"3", "3\"", "w/\"3\"", "\"1\", \"2\"", "\"\"", "\"1.5\"",
            "\"1234567890123456789\"", "**", "W/3"})
    void garbageIsAVersionMismatch(String header) {
        Throwable thrown = catchThrowable(() -> IfMatch.expectedVersion(header));

        assertThat(thrown).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) thrown).getDetails())
                .hasValueSatisfying(details -> assertThat(details).isInstanceOfSatisfying(Rejection.class,
                        rejection -> assertThat(rejection.kind()).isEqualTo(Rejection.Kind.VERSION_MISMATCH)));
    }
}
