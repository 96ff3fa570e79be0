package dk.kea.cars.command.common;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;

/** The occurred-at of a new event: Axon's clock, so given-when-then fixtures can pin it. */
public final class EventTime {

    private EventTime() {
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
