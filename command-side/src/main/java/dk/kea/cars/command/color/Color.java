package dk.kea.cars.command.color;

import dk.kea.cars.api.color.CreateColor;
import dk.kea.cars.api.color.ColorCreated;
import dk.kea.cars.api.color.ColorEvent;
import dk.kea.cars.api.color.ColorUpdated;
import dk.kea.cars.api.color.UpdateColor;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.common.Versions;
import dk.kea.cars.command.naming.NameRegistry;
import dk.kea.cars.command.naming.NameScope;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A color models can be offered in. Names are unique among colors. */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Color {

    @AggregateIdentifier
    private UUID id;
    private String name;
    private BigDecimal price;
    private int redValue;
    private int greenValue;
    private int blueValue;
    private long version;

    protected Color() {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateColor command, NameRegistry names) {
        if (id != null) {
            return WriteResult.at(version);
        }
        names.claim(NameScope.COLOR, command.name(), command.id());
        apply(new ColorCreated(command.id(), 0, EventTime.now(), command.name(), command.price(), command.redValue(), command.greenValue(), command.blueValue()));
        return WriteResult.created(version);
    }

    @CommandHandler
    public WriteResult handle(UpdateColor command, NameRegistry names) {
        Versions.requireCurrent(command.expectedVersion(), version, "Color", id);
        String newName = Objects.requireNonNullElse(command.name(), name);
        BigDecimal newPrice = Objects.requireNonNullElse(command.price(), price);
        int newRedValue = Objects.requireNonNullElse(command.redValue(), redValue);
        int newGreenValue = Objects.requireNonNullElse(command.greenValue(), greenValue);
        int newBlueValue = Objects.requireNonNullElse(command.blueValue(), blueValue);
        if (newName.equals(name) && newPrice.compareTo(price) == 0 && newRedValue == redValue && newGreenValue == greenValue && newBlueValue == blueValue) {
            return WriteResult.at(version);
        }
        if (!newName.equalsIgnoreCase(name)) {
            names.rename(NameScope.COLOR, name, newName, id);
        }
        apply(new ColorUpdated(id, Versions.next(version), EventTime.now(), newName, newPrice, newRedValue, newGreenValue, newBlueValue));
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(ColorEvent event) {
        id = event.id();
        name = event.name();
        price = event.price();
        redValue = event.redValue();
        greenValue = event.greenValue();
        blueValue = event.blueValue();
        version = event.sequence();
    }
}
