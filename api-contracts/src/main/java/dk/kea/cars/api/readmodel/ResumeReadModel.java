package dk.kea.cars.api.readmodel;

/** Scatter-gather to every instance: start processor {@code name} again if {@code operation} paused it. */
public record ResumeReadModel(String name, String operation) {
}
