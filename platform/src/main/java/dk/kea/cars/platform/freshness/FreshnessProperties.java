package dk.kea.cars.platform.freshness;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kea.freshness.*}: how long a read with {@code X-Read-Model-Min-Position} waits for the read model (like a
 * write waits for read-your-writes), and how old a reading of a read model's position may be on a read that does not
 * wait (each reading costs a query of the token store and one of the event store's head).
 */
@ConfigurationProperties("kea.freshness")
public record FreshnessProperties(@DefaultValue("5s") Duration waitTimeout,
                                  @DefaultValue("100ms") Duration readingMaxAge) {
}
