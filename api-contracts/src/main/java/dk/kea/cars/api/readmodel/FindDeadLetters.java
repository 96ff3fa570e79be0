package dk.kea.cars.api.readmodel;

/**
 * Asks every running instance for the dead letters of the read models' processors it runs (a scatter-gather query):
 * the events each one parked because handling them failed, with the events parked behind them.
 *
 * @param processor only this processor, or null for every one
 * @param limit     at most this many letters per processor, in the order they would be retried
 */
public record FindDeadLetters(String processor, int limit) {
}
