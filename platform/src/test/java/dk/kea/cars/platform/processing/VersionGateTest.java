package dk.kea.cars.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;

class VersionGateTest {

    @Test
    void liveOnlyANewerSequenceApplies() {
        assertThat(VersionGate.admits(3, 2, ReplayStatus.REGULAR)).isTrue();
        assertThat(VersionGate.admits(2, 2, ReplayStatus.REGULAR)).isFalse();
        assertThat(VersionGate.admits(1, 2, ReplayStatus.REGULAR)).isFalse();
        assertThat(VersionGate.admits(0, -1, ReplayStatus.REGULAR)).isTrue();
    }

    @Test
    void replayingTheStoredSequenceIsAppliedAgainButNeverAnOlderOne() {
        assertThat(VersionGate.admits(3, 2, ReplayStatus.REPLAY)).isTrue();
        assertThat(VersionGate.admits(2, 2, ReplayStatus.REPLAY)).isTrue();
        assertThat(VersionGate.admits(1, 2, ReplayStatus.REPLAY)).isFalse();
        assertThat(VersionGate.admits(0, -1, ReplayStatus.REPLAY)).isTrue();
    }
}
