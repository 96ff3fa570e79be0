package dk.kea.cars.platform.processing;

/**
 * How to empty one read model before it is rebuilt from scratch: every row or document its processor wrote, so
 * nothing survives whose events the store no longer holds. Each module declares one per processor it owns.
 */
public record ReadModelReset(String processor, Runnable dropEverything) {
}
