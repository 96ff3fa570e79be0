package dk.kea.cars.platform.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code kea.processing.*}: how often the read models are checked against the event store; how soon a processor
 * that failed because the store was unreachable is restarted once the store answers again; how long the read-model
 * operations wait for every instance to answer; how long a pause holds when its operation never resumes it; how often
 * the instances of a service even out their segments.
 */
@ConfigurationProperties("kea.processing")
public record ProcessingSafetyProperties(@DefaultValue("2s") Duration checkInterval,
                                         @DefaultValue("2s") Duration restartAfterOutage,
                                         @DefaultValue("10s") Duration controlTimeout,
                                         @DefaultValue("60s") Duration pauseLease,
                                         @DefaultValue("10s") Duration balanceInterval) {
}
