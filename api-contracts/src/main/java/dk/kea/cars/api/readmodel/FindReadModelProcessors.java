package dk.kea.cars.api.readmodel;

import java.time.Instant;

/**
 * Asks every running instance of every service for its read models' processors: a scatter-gather query, so one
 * service (query-side's audit API) sees them all, in one JVM or across pods on Axon Server.
 */
public record FindReadModelProcessors(Instant askedAt) {
}
