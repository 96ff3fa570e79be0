package dk.kea.cars.command.catalog;

import dk.kea.cars.api.common.EntityEvent;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;

import java.math.BigDecimal;
import java.util.Objects;

/** A uniquely named catalog entry with a price (accessories, insurances, colors); prices equal by value are equal. */
public abstract class PricedEntry extends UniquelyNamedEntry {

    private BigDecimal price;

    /** The event of a change of name or price: it takes the sequence, name and price the entry will have. */
    @FunctionalInterface
    protected interface PriceChange {
        Object event(long sequence, String name, BigDecimal price);
    }

    /** A change of name or price only, as {@link #change} decides it; a {@code null} keeps its value. */
    protected WriteResult changeNameOrPrice(NameScope scope, Long expectedVersion, String newName,
                                            BigDecimal newPrice, NameRegistry names, PriceChange change) {
        BigDecimal changedPrice = changedPrice(newPrice);
        return change(scope, expectedVersion, newName, samePrice(changedPrice), names,
                (sequence, name) -> change.event(sequence, name, changedPrice));
    }

    /** The price a change leaves: {@code newPrice}, or the current one when the change names none. */
    protected BigDecimal changedPrice(BigDecimal newPrice) {
        return Objects.requireNonNullElse(newPrice, price);
    }

    protected boolean samePrice(BigDecimal other) {
        return other.compareTo(price) == 0;
    }

    /** Takes what every event of a priced entry carries; each aggregate's event-sourcing handler calls this. */
    protected void takeState(EntityEvent event, String eventName, BigDecimal eventPrice) {
        takeIdNameAndVersion(event, eventName);
        price = eventPrice;
    }
}
