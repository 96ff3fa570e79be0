package dk.kea.cars.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo data follows one switch, {@code kea.demo-data} ({@code KEA_DEMO_DATA}), not a profile: a multi-service run
 * sets it on command-side alone, and the standalone's demo profile turns it on by default.
 */
class DemoDataSwitchTest {

    /** James, the demo sales person of demo-people.json. */
    private static final String DEMO_EMPLOYEE = "d096d2e1-f06a-4555-9cd1-afa9f930f10c";

    @TempDir
    Path data;

    @Test
    void theSwitchAloneSeedsTheDemoPeopleWithoutTheDemoProfile() {
        try (ConfigurableApplicationContext app = ReplayFixture.start(data, "multi-service", "--kea.demo-data=true")) {
            assertThat(app.getEnvironment().getActiveProfiles()).doesNotContain("demo");
            assertThat(eventsOf(app, DEMO_EMPLOYEE)).isPositive();
        }
    }

    @Test
    void theSwitchTurnedOffKeepsTheDemoProfileFreeOfDemoPeople() {
        try (ConfigurableApplicationContext app = ReplayFixture.start(data, "demo", "--kea.demo-data=false")) {
            assertThat(eventsOf(app, DEMO_EMPLOYEE)).isZero();
        }
    }

    /** The seeders run on ApplicationReadyEvent, which has been handled when the app's start returns. */
    private static long eventsOf(ConfigurableApplicationContext app, String aggregateId) {
        return app.getBean(EventStore.class).readEvents(aggregateId).asStream().count();
    }
}
