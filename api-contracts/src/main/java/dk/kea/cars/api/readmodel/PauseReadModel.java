package dk.kea.cars.api.readmodel;

/**
 * Scatter-gather to every instance: stop processor {@code name} and release its segments, for {@code operation}
 * (a replay or rebuild), until {@link ResumeReadModel} of the same operation or the pause lease runs out.
 */
public record PauseReadModel(String name, String operation) {
}
