package dk.kea.cars.command.model;

import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.model.CreateModel;
import dk.kea.cars.api.model.ModelCreated;
import dk.kea.cars.api.model.ModelEvent;
import dk.kea.cars.api.model.ModelUpdated;
import dk.kea.cars.api.model.UpdateModel;
import dk.kea.cars.command.common.EventTime;
import dk.kea.cars.command.common.Versions;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A car model of one brand, offered in a set of colors. Model names need not be unique (brands share them). */
@Aggregate(snapshotTriggerDefinition = "keaSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Model {

    @AggregateIdentifier
    private UUID id;
    private UUID brandId;
    private String name;
    private BigDecimal price;
    private String imageUrl;
    private List<UUID> colorIds;
    private long version;

    protected Model() {
    }

    /** Idempotent: a create for an id that already exists answers the existing version and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public WriteResult handle(CreateModel command, ModelReferences references) {
        if (id != null) {
            return WriteResult.at(version);
        }
        references.requireBrand(command.brandId());
        references.requireColors(command.colorIds());
        apply(new ModelCreated(command.id(), 0, EventTime.now(), command.brandId(), command.name(), command.price(),
                command.imageUrl(), command.colorIds()));
        return WriteResult.created(version);
    }

    /** The brand of a model never changes; name, price, image and colors may. */
    @CommandHandler
    public WriteResult handle(UpdateModel command, ModelReferences references) {
        Versions.requireCurrent(command.expectedVersion(), version, "Model", id);
        String newName = Objects.requireNonNullElse(command.name(), name);
        BigDecimal newPrice = Objects.requireNonNullElse(command.price(), price);
        String newImageUrl = Objects.requireNonNullElse(command.imageUrl(), imageUrl);
        List<UUID> newColorIds = Objects.requireNonNullElse(command.colorIds(), colorIds);
        if (newName.equals(name) && newPrice.compareTo(price) == 0 && newImageUrl.equals(imageUrl)
                && newColorIds.equals(colorIds)) {
            return WriteResult.at(version);
        }
        if (!newColorIds.equals(colorIds)) {
            references.requireColors(newColorIds);
        }
        apply(new ModelUpdated(id, Versions.next(version), EventTime.now(), brandId, newName, newPrice, newImageUrl,
                newColorIds));
        return WriteResult.at(version);
    }

    @EventSourcingHandler
    void on(ModelEvent event) {
        id = event.id();
        brandId = event.brandId();
        name = event.name();
        price = event.price();
        imageUrl = event.imageUrl();
        colorIds = List.copyOf(event.colorIds());
        version = event.sequence();
    }
}
