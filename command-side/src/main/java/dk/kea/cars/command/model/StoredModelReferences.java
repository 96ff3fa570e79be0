package dk.kea.cars.command.model;

import dk.kea.cars.api.common.Rejection;
import dk.kea.cars.command.brand.Brand;
import dk.kea.cars.command.color.Color;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.UUID;

/**
 * {@link ModelReferences} from the Brand and Color aggregates themselves rather than from the lookups: the catalog
 * seed and clients create a brand, its colors and its models in quick succession, and the aggregates know at once.
 * Loading locks each aggregate until the model is stored; colors are locked in id order, so two models naming the
 * same colors never deadlock.
 */
@Component
class StoredModelReferences implements ModelReferences {

    private final ObjectProvider<Configuration> axon;

    StoredModelReferences(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public void requireBrand(UUID id) {
        require(Brand.class, id, "brand");
    }

    @Override
    public void requireColors(Collection<UUID> ids) {
        ids.stream().sorted().forEach(id -> require(Color.class, id, "color"));
    }

    private void require(Class<?> type, UUID id, String noun) {
        try {
            axon.getObject().repository(type).load(id.toString());
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            throw Rejection.notFound("No " + noun + " with id " + id);
        }
    }
}
