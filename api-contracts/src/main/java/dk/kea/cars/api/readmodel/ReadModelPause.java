package dk.kea.cars.api.readmodel;

/** An instance's answer to {@link PauseReadModel} or {@link ResumeReadModel}: whether it runs that processor. */
public record ReadModelPause(String instance, boolean runsProcessor) {
}
