package dk.kea.cars.platform.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code kea.processing.*}: how often the read models are checked against the event store, and how soon a processor
 * that failed because the store was unreachable is restarted once the store answers again.
 */
@ConfigurationProperties("kea.processing")
public record ProcessingSafetyProperties(@DefaultValue("2s") Duration checkInterval,
                                         @DefaultValue("2s") Duration restartAfterOutage) {
}
