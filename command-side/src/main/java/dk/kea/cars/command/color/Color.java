package dk.kea.cars.command.color;

import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.color.CreateColor;
import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.ColorUpdated;
import dk.kea.cars.api.color.UpdateColor;
import dk.kea.cars.command.catalog.PricedEntry;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.Objects;

/** A color models can be offered in. Names are unique among colors. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
public class Color extends PricedEntry {

    private int redValue;
    private int greenValue;
    private int blueValue;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateColor command, NameRegistry names) {
        return create(NameScope.COLOR, command, command.name(), names,
                () -> new ColorCreated(command.id(), 0, EventTime.now(), command.name(), command.price(),
                        command.redValue(), command.greenValue(), command.blueValue()));
    }

    @CommandHandler
    public WriteResult handle(UpdateColor command, NameRegistry names) {
        BigDecimal newPrice = changedPrice(command.price());
        int newRedValue = Objects.requireNonNullElse(command.redValue(), redValue);
        int newGreenValue = Objects.requireNonNullElse(command.greenValue(), greenValue);
        int newBlueValue = Objects.requireNonNullElse(command.blueValue(), blueValue);
        boolean restUnchanged = samePrice(newPrice) && newRedValue == redValue && newGreenValue == greenValue
                && newBlueValue == blueValue;
        return change(NameScope.COLOR, command.expectedVersion(), command.name(), restUnchanged, names,
                (sequence, name) -> new ColorUpdated(id(), sequence, EventTime.now(), name, newPrice, newRedValue,
                        newGreenValue, newBlueValue));
    }

    @EventSourcingHandler
    void on(ColorEvent event) {
        takeState(event, event.name(), event.price());
        redValue = event.redValue();
        greenValue = event.greenValue();
        blueValue = event.blueValue();
    }
}
