package dk.kea.cars.platform.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kea.processing.dead-letters.*}: how much a read model's dead-letter queue holds. A failing event that finds
 * it full is not parked: its processor stops and retries, as without a queue, until an operator retries or evicts
 * sequences.
 *
 * @param maxSequences    sequences (entities, or shared sequences) a processor may have parked at once
 * @param maxSequenceSize events one parked sequence may hold
 */
@ConfigurationProperties("kea.processing.dead-letters")
public record DeadLetterProperties(@DefaultValue("1024") int maxSequences,
                                   @DefaultValue("1024") int maxSequenceSize) {
}
