package dk.kea.cars.platform.processing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.Map;
import java.util.stream.Collectors;

/** DOWN while a read model of this process is stopped for being ahead of its event store. */
public class ReadModelHealth implements HealthIndicator {

    private final ReadModelGuard guard;

    public ReadModelHealth(ReadModelGuard guard) {
        this.guard = guard;
    }

    @Override
    public Health health() {
        Map<String, AheadOfStore> ahead = guard.aheadOfStore();
        if (ahead.isEmpty()) {
            return Health.up().build();
        }
        return Health.down().withDetails(ahead.values().stream()
                .collect(Collectors.toMap(AheadOfStore::processor, AheadOfStore::advice))).build();
    }
}
